// The detail page's delete control: asks, sends HTTP DELETE with the antiforgery token, then goes
// to the list (which shows the flash). Without scripts the link opens the confirmation page instead.
document.addEventListener("click", async (event) => {
  const control = event.target.closest("[data-delete-url]");
  if (!control) {
    return;
  }
  event.preventDefault();
  if (!window.confirm("Delete this appointment?")) {
    return;
  }
  const token = document.querySelector("input[name='__RequestVerificationToken']").value;
  const response = await fetch(control.dataset.deleteUrl, {
    method: "DELETE",
    headers: { RequestVerificationToken: token },
    credentials: "same-origin",
  });
  const body = await response.json().catch(() => ({ status: "Error" }));
  if (body.status === "OK") {
    window.location.assign("/appointments/");
  } else {
    window.alert(`The appointment could not be deleted (${body.status}).`);
  }
});
