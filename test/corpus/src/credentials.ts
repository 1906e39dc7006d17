import type { BasicCredential, CredentialRef, TaskContext } from "@credref/types";

/** Resolves a database credential and checks it has a user; used from tasks only. */
export async function loadDatabaseCredential(ctx: TaskContext, ref: CredentialRef<"basic">): Promise<BasicCredential> {
  const cred = await ctx.resolveCredential(ref); // expect: resolve-in-task
  if (!cred.username) {
    throw new Error(`credential ${ref.name} has no username`);
  }
  return cred;
}

export function connectionOptions(cred: BasicCredential, host: string) {
  return { host, user: cred.username, password: cred.password, ssl: { rejectUnauthorized: true } };
}
