<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>PinScreen</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %Ln second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %Ln seconds.</numerusform>
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
