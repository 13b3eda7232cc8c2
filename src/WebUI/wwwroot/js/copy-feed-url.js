// The account page's Copy button for the calendar feed's address. Without scripts the button stays
// hidden and the read-only field beside it is there to select and copy by hand.
for (const button of document.querySelectorAll("[data-copy-from]")) {
  const field = document.getElementById(button.dataset.copyFrom);
  const status = document.querySelector("[data-copy-status]");
  button.hidden = false;
  button.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = "Copied.";
    } catch {
      status.textContent = "Press Ctrl+C (or ⌘C) to copy the selected address.";
    }
  });
}
