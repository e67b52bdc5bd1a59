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
    Component.onCompleted: {
        VirtualKeyboardSettings.fullScreenMode = false
        VirtualKeyboardSettings.wordCandidateList.alwaysVisible = false
    }
}
