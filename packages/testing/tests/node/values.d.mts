/** A 24-character test value derived from `label`. */
export declare function value(label: string): string;
