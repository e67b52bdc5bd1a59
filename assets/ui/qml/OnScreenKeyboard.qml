// The on-screen keyboard panel, embedded in the window (see kiosk/services/keyboard.py).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

InputPanel {
    id: panel
    property string activeLocale: VirtualKeyboardSettings.locale
    function useLocale(name) {
        VirtualKeyboardSettings.activeLocales = [name]
        VirtualKeyboardSettings.locale = name
    }
    // Workaround for Qt's built-in Arabic layout (ar_AR/main.qml): its top-right key (dal)
    // offers U+FDFC RIAL SIGN, a four-letter ligature 1.2 em wide, as its small corner text,
    // where the style's small box squeezes it into letters drawn over each other. The sign
    // stays in the key's long-press list; only the corner hint goes.
    readonly property var squeezedSmallTexts: ["\uFDFC"]
    function tidySmallTexts(item) {
        if (!item)
            return
        if (item.smallText !== undefined && squeezedSmallTexts.indexOf(item.smallText) >= 0)
            item.smallTextVisible = false
        for (var i = 0; i < item.children.length; ++i)
            tidySmallTexts(item.children[i])
    }
    Connections {
        target: panel.keyboard.keyboardLayoutLoader
        function onItemChanged() { panel.tidySmallTexts(panel.keyboard.keyboardLayoutLoader.item) }
    }
    Component.onCompleted: {
        VirtualKeyboardSettings.fullScreenMode = false
        VirtualKeyboardSettings.wordCandidateList.alwaysVisible = false
    }
}
