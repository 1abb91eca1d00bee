// Event listeners on the plugin's own elements. main.js adds them in some twenty-five places, and
// a call to this is shorter than the method's name each time.

/** Calls `listener` on each `type` event at `el`. */
export function listen<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, listener: (evt: HTMLElementEventMap[K]) => void): void {
  el.addEventListener(type, listener);
}
