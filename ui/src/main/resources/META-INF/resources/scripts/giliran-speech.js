/*
 * Giliran: the waiting-room display speaks each call in Indonesian, after a short chime.
 * Calls queue up: one is spoken only after the previous one ended, so none overlap or cut another
 * off. Without an id-ID voice the browser's default voice is used and the fact is logged; the
 * call is on screen either way.
 */
window.giliranSpeech = window.giliranSpeech || (function () {
    const queue = [];
    let speaking = false;
    let warned = false;

    function chime(done) {
        let finished = false;
        const finish = () => {
            if (!finished) {
                finished = true;
                done();
            }
        };
        try {
            const Context = window.AudioContext || window.webkitAudioContext;
            const context = new Context();
            const tone = context.createOscillator();
            const volume = context.createGain();
            tone.connect(volume);
            volume.connect(context.destination);
            volume.gain.setValueAtTime(0.15, context.currentTime);
            tone.frequency.setValueAtTime(880, context.currentTime);
            tone.frequency.setValueAtTime(660, context.currentTime + 0.3);
            tone.onended = () => {
                context.close();
                finish();
            };
            tone.start();
            tone.stop(context.currentTime + 0.7);
        } catch (e) {
            finish();
        }
        // a suspended audio context (no sound device, no user gesture yet) must not stall the queue
        setTimeout(finish, 1000);
    }

    function indonesianVoice() {
        const voices = window.speechSynthesis.getVoices() || [];
        return voices.find(voice => (voice.lang || '').toLowerCase().replace('_', '-').startsWith('id'));
    }

    function next() {
        if (speaking || queue.length === 0) {
            return;
        }
        speaking = true;
        const text = queue.shift();
        chime(() => {
            const utterance = new SpeechSynthesisUtterance(text);
            utterance.lang = 'id-ID';
            utterance.rate = 0.9;
            const voice = indonesianVoice();
            if (voice) {
                utterance.voice = voice;
            } else if (!warned) {
                warned = true;
                console.warn('Giliran: this browser has no id-ID voice; calls use the default voice');
            }
            let ended = false;
            const after = () => {
                if (!ended) {
                    ended = true;
                    speaking = false;
                    setTimeout(next, 500);
                }
            };
            utterance.onend = after;
            utterance.onerror = after;
            window.speechSynthesis.speak(utterance);
        });
    }

    return {
        say(text) {
            if (!('speechSynthesis' in window)) {
                console.warn('Giliran: this browser cannot speak; calls are shown only');
                return;
            }
            queue.push(text);
            next();
        },
        unlock() {
            if ('speechSynthesis' in window) {
                window.speechSynthesis.getVoices();
            }
        }
    };
})();
