// The QA review page's audio player: reports the playback position to the server and seeks on request.
const attached = new WeakMap();

export function attach(audio, waveform, dotnet) {
    detach(audio);
    const report = () => dotnet.invokeMethodAsync('OnPlayerTime', audio.currentTime);
    const clickWaveform = event => {
        const box = waveform.getBoundingClientRect();
        if (audio.duration > 0 && box.width > 0) {
            audio.currentTime = Math.max(0, Math.min(1, (event.clientX - box.left) / box.width)) * audio.duration;
        }
    };
    audio.addEventListener('timeupdate', report);
    audio.addEventListener('seeked', report);
    if (waveform) {
        waveform.addEventListener('click', clickWaveform);
    }
    attached.set(audio, () => {
        audio.removeEventListener('timeupdate', report);
        audio.removeEventListener('seeked', report);
        if (waveform) {
            waveform.removeEventListener('click', clickWaveform);
        }
    });
}

export function seek(audio, seconds) {
    audio.currentTime = seconds;
    // Browsers may refuse to start playback without a gesture; the position still moves.
    const playing = audio.play();
    if (playing) {
        playing.catch(() => { });
    }
}

export function detach(audio) {
    const undo = attached.get(audio);
    if (undo) {
        undo();
        attached.delete(audio);
    }
}
