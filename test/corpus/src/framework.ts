// Orchestration decorators from the team's workflow layer. Workflow code is replayed from history,
// so it only schedules tasks and never touches credential values.
export function workflow<T extends (...args: never[]) => unknown>(method: T, _context: ClassMethodDecoratorContext): T {
  return method;
}

export function retryable(times: number) {
  return function <T extends (...args: never[]) => unknown>(method: T, _context: ClassMethodDecoratorContext): T {
    void times;
    return method;
  };
}
