/**
 * "Chép mã nhúng" buttons: hidden until this script runs, since without it the code can
 * still be selected in its box and copied by hand.
 */
export function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const box = document.getElementById(button.dataset.copy ?? '');
    if (!(box instanceof HTMLTextAreaElement)) continue;
    button.hidden = false;
    const label = [...button.childNodes].map((node) => node.cloneNode(true));
    button.addEventListener('click', async () => {
      // Some browsers ask before letting a page write to the clipboard, and may never
      // answer (in-app browsers): after a second, select the code for the reader instead.
      const copied = await Promise.race([
        navigator.clipboard?.writeText(box.value).then(
          () => true,
          () => false,
        ) ?? Promise.resolve(false),
        new Promise<boolean>((resolve) => window.setTimeout(() => resolve(false), 1000)),
      ]);
      if (copied) {
        button.textContent = 'Đã chép';
      } else {
        box.select();
        button.textContent = 'Đã chọn mã: bấm Ctrl+C để chép';
      }
      window.setTimeout(() => {
        button.replaceChildren(...label.map((node) => node.cloneNode(true)));
      }, 3000);
    });
  }
}
