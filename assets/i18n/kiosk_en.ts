<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminDoorSection</name>
    <message numerus="yes">
        <source>%n wrong PIN(s) were entered since Admin was last opened:</source>
        <translation>
            <numerusform>%n wrong PIN was entered since Admin was last opened:</numerusform>
            <numerusform>%n wrong PINs were entered since Admin was last opened:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>and %n earlier</numerusform>
            <numerusform>and %n earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln person has taken the Blue Heart pledge</numerusform>
            <numerusform>%Ln people have taken the Blue Heart pledge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln person has taken the Blue Heart pledge</numerusform>
            <numerusform>%Ln people have taken the Blue Heart pledge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalDataSection</name>
    <message numerus="yes">
        <source>First names, emails and countries are erased automatically %n day(s) after the pledge. The pledges, their commitments and the counts remain.</source>
        <translation>
            <numerusform>First names, emails and countries are erased automatically %n day after the pledge. The pledges, their commitments and the counts remain.</numerusform>
            <numerusform>First names, emails and countries are erased automatically %n days after the pledge. The pledges, their commitments and the counts remain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <source>The kiosk will start over in %Ln seconds.</source>
        <translation>
            <numerusform>The kiosk will start over in %Ln second.</numerusform>
            <numerusform>The kiosk will start over in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
