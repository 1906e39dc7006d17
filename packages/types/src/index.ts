/** Placeholder: the type library lands with the foundation work. */
export {};
