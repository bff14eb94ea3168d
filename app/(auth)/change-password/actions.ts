"use server";
// The change of one's own password (due at once for a real installation's first administrator):
// parse → the signed-in user, even while the change is due → data layer → fresh session cookie → home.
import { redirect } from "next/navigation";
import { writeSessionCookie } from "@/lib/auth/sign-in";
import { requireUser } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/data/own-password";
import type { Failure } from "@/lib/result";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { changeOwnPasswordSchema } from "@/lib/validations/user";

export async function changeOwnPasswordAction(_previous: Failure | null, formData: FormData): Promise<Failure | null> {
  const parsed = parseWith(changeOwnPasswordSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const user = await requireUser({ passwordChange: true });
  const result = await changeOwnPassword(user, parsed.data);
  if (!result.ok) return result;
  await writeSessionCookie({ userId: user.id, name: user.name, ...result.data });
  redirect("/");
}
