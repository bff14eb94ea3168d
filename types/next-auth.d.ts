import "next-auth";

declare module "next-auth" {
  interface Session {
    /** Id of the signed-in user; everything else is read from the database per request. */
    userId: string | null;
  }
}
