'use strict';
// Names and roles that widgets of the admin's packages leave out, for screen readers (the axe rules they break
// are named in each step). Runs again whenever rows are added, as inlines and select2 build markup late.
{
    const labels = document.currentScript.dataset;

    const fieldLabel = function(element) {
        const row = element.closest('.form-row, td, .fieldBox');
        const label = row && row.querySelector('label');
        return label ? label.textContent.replace(/:\s*$/, '').trim() : '';
    };

    const repair = function() {
        // aria-input-field-name: select2's combobox is named by the chosen value only, so it has no name when empty.
        document.querySelectorAll('.select2-selection[role="combobox"]:not([aria-label])').forEach((box) => {
            const select = box.closest('.select2-container') && box.closest('.select2-container').previousElementSibling;
            const name = select ? fieldLabel(select) : '';
            if (name) {
                box.setAttribute('aria-label', name);
                box.removeAttribute('aria-labelledby');
                const shown = box.querySelector('.select2-selection__rendered[role="textbox"]');
                if (shown) {
                    shown.setAttribute('aria-label', name);
                }
            }
        });
        // label: a tabular inline's delete box is named by its column's header only.
        document.querySelectorAll('.tabular td.delete input[type="checkbox"]:not([aria-label])').forEach((box) => {
            const cell = box.closest('td');
            const header = cell.closest('table').querySelectorAll('thead th')[cell.cellIndex];
            if (header && header.textContent.trim()) {
                box.setAttribute('aria-label', header.textContent.trim());
            }
        });
        // select-name: modeltranslation's switch of the languages shown has no label.
        const switcher = document.getElementById('modeltranslation-main-switch');
        if (switcher && !switcher.hasAttribute('aria-label')) {
            switcher.setAttribute('aria-label', labels.languageSwitch);
        }
        // label-content-name-mismatch: the "Today" shortcut's name is English where its text is translated.
        document.querySelectorAll('.datetimeshortcuts a[aria-label]').forEach((link) => {
            const text = link.textContent.trim();
            if (text && !link.getAttribute('aria-label').startsWith(text)) {
                link.setAttribute('aria-label', text);
            }
        });
        // aria-prohibited-attr: the search icons of the two-list selector are named, but a plain <span> cannot be.
        document.querySelectorAll('span.help-tooltip[aria-label]:not([role])').forEach((icon) => {
            icon.setAttribute('role', 'img');
        });
    };

    let pending = false;
    const schedule = function() {
        if (!pending) {
            pending = true;
            window.requestAnimationFrame(() => {
                pending = false;
                repair();
            });
        }
    };
    window.addEventListener('load', () => {
        repair();
        new MutationObserver(schedule).observe(document.body, {childList: true, subtree: true});
    });
}
