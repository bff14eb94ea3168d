// Rules for new passwords (creation and reset; existing passwords keep working until changed).

export const MIN_PASSWORD_LENGTH = 8;
/** How many of the four character classes (lower case, upper case, digits, others) a password needs. */
export const MIN_PASSWORD_CLASSES = 3;

export function passwordClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((pattern) => pattern.test(password)).length;
}

export function isStrongPassword(password: string): boolean {
  return password.length >= MIN_PASSWORD_LENGTH && passwordClassCount(password) >= MIN_PASSWORD_CLASSES;
}

/** Whether the password contains the account's username (any case). */
export function containsUsername(password: string, username: string): boolean {
  return username.length > 0 && password.toLowerCase().includes(username.toLowerCase());
}
