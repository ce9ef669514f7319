// The users screen's search: the API filters users by team and status only, so the text is
// looked for among the users loaded (name, email, or the digits of the mobile number).
export interface Searchable {
  displayName: string;
  email?: string | null;
  phone?: string | null;
}

export function matchesUser(user: Searchable, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return true;
  if (user.displayName.toLowerCase().includes(wanted)) return true;
  if (user.email?.toLowerCase().includes(wanted)) return true;
  const digits = wanted.replace(/\D/g, "");
  return digits.length >= 3 && (user.phone ?? "").replace(/\D/g, "").includes(digits);
}
