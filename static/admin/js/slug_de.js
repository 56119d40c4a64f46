'use strict';
// Django's URLify drops the dots of an umlaut ("für" → "fur"); German spells it "fuer".
// The admin's media may load this file before urlify.js, so the wrapper is put in place once the page
// has loaded every script; prepopulate.js looks URLify up each time staff type.
{
    const german = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue', 'ß': 'ss', 'ẞ': 'SS'};
    const install = function() {
        const original = window.URLify;
        if (typeof original !== 'function' || original.transliteratesGerman) {
            return;
        }
        const wrapped = function(text, maxLength, allowUnicode) {
            return original(String(text).replace(/[äöüÄÖÜßẞ]/g, (letter) => german[letter]), maxLength, allowUnicode);
        };
        wrapped.transliteratesGerman = true;
        window.URLify = wrapped;
    };
    install();
    document.addEventListener('DOMContentLoaded', install);
}
