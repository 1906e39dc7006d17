/**
 * `@credref/testing`: runs an app's tasks in its unit tests and fails the run when a provided secret leaks.
 * The runtime lands in the following commits; this entry point only reserves the package's place in the build.
 */
export {};
