'use strict';
// Django's URLify drops the dots of an umlaut ("für" → "fur"); German spells it "fuer". Runs before it.
{
    const original = window.URLify;
    const german = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue', 'ß': 'ss', 'ẞ': 'SS'};
    if (typeof original === 'function') {
        window.URLify = function(text, maxLength, allowUnicode) {
            return original(String(text).replace(/[äöüÄÖÜßẞ]/g, (letter) => german[letter]), maxLength, allowUnicode);
        };
    }
}
