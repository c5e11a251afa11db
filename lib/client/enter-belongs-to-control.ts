// The quiz player and the review answer with Enter wherever focus is. A button or link that has
// focus owns its Enter, though: Enter on "Good", "Finish now" or a link must do what that control
// says (a keyboard user reaches them by Tab and presses Enter, not Space). The answer options
// (buttons with the radio or checkbox role) keep Enter as "submit", as their hint says.
export function enterBelongsToControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const control = target.closest("a[href], button, summary");
  if (!control) return false;
  const role = control.getAttribute("role");
  return role !== "radio" && role !== "checkbox";
}
