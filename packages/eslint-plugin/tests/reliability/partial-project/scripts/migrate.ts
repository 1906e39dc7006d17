// A second file outside every tsconfig: the fallback warning is still printed only once.
export async function migrate(ctx: { getSecret(name: string): Promise<string> }): Promise<number> {
  const key = await ctx.getSecret("migration-key");
  return key.length;
}
