/**
 * "Nghe hướng dẫn": the guide's steps read aloud by the browser's own speech synthesis,
 * kept as a string so the build puts its hash in the Content-Security-Policy
 * (astro.config.mjs) and the guide page inlines exactly these bytes: nothing is fetched.
 * The controls stay hidden unless the browser offers a Vietnamese voice.
 */
export const READ_ALOUD_SCRIPT = `(function () {
  function init() {
    var synth = window.speechSynthesis;
    var box = document.querySelector('[data-read-aloud]');
    var steps = [].slice.call(document.querySelectorAll('.guide .steps > ol > li'));
    if (!box || !synth || !window.SpeechSynthesisUtterance || steps.length === 0) return;
    var start = box.querySelector('[data-read-aloud-start]');
    var pause = box.querySelector('[data-read-aloud-pause]');
    var stop = box.querySelector('[data-read-aloud-stop]');
    var status = box.querySelector('[role="status"]');
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var voice = null;
    var at = -1;
    var paused = false;
    // Each reading has a number: an utterance cancelled by a button still ends, and its end
    // must not start the next step.
    var run = 0;
    function findVoice() {
      var voices = synth.getVoices() || [];
      for (var i = 0; i < voices.length; i++) if (/^vi([-_]|$)/i.test(voices[i].lang || '')) return voices[i];
      return null;
    }
    function stepNumber(step) {
      return [].indexOf.call(step.parentNode.children, step) + 1;
    }
    function mark(index) {
      steps.forEach(function (step, i) {
        step.classList.toggle('is-reading', i === index);
        if (i === index) step.setAttribute('aria-current', 'step');
        else step.removeAttribute('aria-current');
      });
      if (steps[index]) steps[index].scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    }
    function show(reading) {
      pause.hidden = !reading;
      stop.hidden = !reading;
      pause.textContent = paused ? 'Đọc tiếp' : 'Tạm dừng';
      start.textContent = reading ? 'Nghe lại từ đầu' : 'Nghe hướng dẫn';
    }
    function read(index) {
      var mine = ++run;
      synth.cancel();
      if (index >= steps.length) return end('Đã đọc hết các bước.');
      at = index;
      paused = false;
      mark(index);
      show(true);
      var utterance = new SpeechSynthesisUtterance('Bước ' + stepNumber(steps[index]) + '. ' + steps[index].textContent.trim());
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      utterance.onend = function () {
        if (mine === run) read(index + 1);
      };
      synth.speak(utterance);
    }
    function end(message) {
      var hadFocus = document.activeElement === pause || document.activeElement === stop;
      run++;
      synth.cancel();
      at = -1;
      paused = false;
      mark(-1);
      show(false);
      status.textContent = message;
      // The button in use disappears: focus goes back to the one that starts again.
      if (hadFocus) start.focus();
    }
    start.addEventListener('click', function () {
      read(0);
      status.textContent = 'Đang đọc các bước, từ bước 1.';
    });
    // Pause stops the step and Continue reads it again from its start: Android's
    // speechSynthesis.pause() ends the speech rather than pausing it.
    pause.addEventListener('click', function () {
      if (paused) {
        read(at);
        status.textContent = 'Đang đọc tiếp.';
        return;
      }
      run++;
      synth.cancel();
      paused = true;
      show(true);
      status.textContent = 'Đã tạm dừng ở bước ' + stepNumber(steps[at]) + '.';
    });
    stop.addEventListener('click', function () {
      end('Đã dừng đọc.');
    });
    window.addEventListener('pagehide', function () {
      run++;
      synth.cancel();
    });
    function ready() {
      voice = findVoice();
      if (voice) box.hidden = false;
      return voice !== null;
    }
    // Chrome fills the voice list a moment after the page loads: wait a few seconds for it.
    if (!ready() && synth.addEventListener) {
      var onVoices = function () {
        if (ready()) synth.removeEventListener('voiceschanged', onVoices);
      };
      synth.addEventListener('voiceschanged', onVoices);
      setTimeout(function () {
        synth.removeEventListener('voiceschanged', onVoices);
      }, 5000);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();`;
