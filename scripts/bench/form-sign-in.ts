// Signs in the way a browser without script does: GET /login, then POST its form (the hidden fields
// React renders for the server action, plus the username and password) from the site's own origin.
// Returns the cookies the answers set; the session cookie is among them when the sign-in worked.

const HIDDEN_INPUT = /<input[^>]*type="hidden"[^>]*>/g;
const ATTRIBUTE = /(\w[\w$:-]*)="([^"]*)"/g;

function unescapeHtml(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function hiddenFields(html: string): [string, string][] {
  const form = html.slice(html.indexOf("<form"), html.indexOf("</form>"));
  return [...form.matchAll(HIDDEN_INPUT)].flatMap(([input]) => {
    const attributes = Object.fromEntries([...input.matchAll(ATTRIBUTE)].map(([, key, value]) => [key, unescapeHtml(value ?? "")]));
    return attributes.name ? [[attributes.name, attributes.value ?? ""] as [string, string]] : [];
  });
}

function remember(jar: Map<string, string>, res: Response) {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

export async function signInByForm(baseUrl: string, username: string, password: string): Promise<Map<string, string>> {
  const jar = new Map<string, string>();
  const page = await fetch(`${baseUrl}/login`);
  remember(jar, page);
  const form = new FormData();
  for (const [name, value] of hiddenFields(await page.text())) form.append(name, value);
  form.set("username", username);
  form.set("password", password);
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${baseUrl}/login`, { method: "POST", redirect: "manual", headers: { origin: baseUrl, cookie }, body: form });
  remember(jar, res);
  await res.arrayBuffer();
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in as ${username} failed (HTTP ${res.status}, no session cookie).`);
  }
  return jar;
}
