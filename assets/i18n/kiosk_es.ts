<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>On</source>
        <extracomment>The text size &quot;Larger text&quot; sets (150 %).</extracomment>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Makes all text one and a half times bigger</source>
        <translation>Aumenta todo el texto una vez y media</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>Blanco y amarillo sobre negro</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>Todo al alcance</translation>
    </message>
    <message>
        <source>Brings every button down within reach</source>
        <translation>Baja todos los botones para tenerlos al alcance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>For the organiser of this kiosk</source>
        <translation>Para el organizador de este quiosco</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Kiosk (full screen, locked)</source>
        <translation>Quiosco (pantalla completa, bloqueado)</translation>
    </message>
    <message>
        <source>Window (development)</source>
        <translation>Ventana (desarrollo)</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>No configuration or content warnings</source>
        <translation>Sin advertencias de configuración ni de contenido</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is.</extracomment>
        <translation>Corazón Azul</translation>
    </message>
    <message>
        <source>Together against human trafficking</source>
        <translation>Juntos contra la trata de personas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln persona ha asumido el compromiso Corazón Azul</numerusform>
            <numerusform>%Ln personas han asumido el compromiso Corazón Azul</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Human beings are not for sale</source>
        <extracomment>(screen, icon) of each tile, in reading order; the pledge is highlighted.</extracomment>
        <translation>Las personas no están en venta</translation>
    </message>
    <message>
        <source>Learn about human trafficking and migrant smuggling, and take the Blue Heart pledge.</source>
        <translation>Infórmese sobre la trata de personas y el tráfico ilícito de migrantes, y asuma el compromiso Corazón Azul.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>¿Qué son la trata de personas y el tráfico ilícito de migrantes?</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>Lo último de la UNODC</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews</source>
        <translation>Anuncios de servicio público y entrevistas con expertos</translation>
    </message>
    <message>
        <source>Tools and publications</source>
        <translation>Herramientas y publicaciones</translation>
    </message>
    <message>
        <source>Take a link away on your phone</source>
        <translation>Llévese un enlace en su teléfono</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>Asumir el compromiso</translation>
    </message>
    <message>
        <source>Join the Blue Heart campaign against human trafficking</source>
        <translation>Únase a la campaña Corazón Azul contra la trata de personas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln persona ha asumido el compromiso Corazón Azul</numerusform>
            <numerusform>%Ln personas han asumido el compromiso Corazón Azul</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>¿Qué son la trata de personas y el tráfico ilícito de migrantes?</translation>
    </message>
    <message>
        <source>What is migrant smuggling?</source>
        <translation>¿Qué es el tráfico ilícito de migrantes?</translation>
    </message>
    <message>
        <source>Smuggling migrants involves the procurement, for financial or other material benefit, of the illegal entry of a person into a State of which that person is not a national or resident.</source>
        <translation>El tráfico ilícito de migrantes consiste en facilitar, con el fin de obtener un beneficio financiero u otro beneficio de orden material, la entrada ilegal de una persona en un Estado del cual dicha persona no sea nacional o residente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape.</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Larger text, high contrast and reach mode</source>
        <translation>Texto más grande, alto contraste y todo al alcance</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>Lo último de la UNODC</translation>
    </message>
    <message>
        <source>Virtually every country in the world is affected</source>
        <translation>Prácticamente todos los países del mundo se ven afectados</translation>
    </message>
    <message>
        <source>The challenge for all countries, rich and poor, is to target the criminals who exploit desperate people, and to protect and assist victims of trafficking and smuggled migrants.</source>
        <translation>El desafío para todos los países, ricos y pobres, es perseguir a los delincuentes que explotan a personas desesperadas, y proteger y asistir a las víctimas de la trata y a los migrantes objeto de tráfico ilícito.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Organiser access</source>
        <extracomment>The keys drawn as icons: key → icon name.</extracomment>
        <translation>Acceso del organizador</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Introduzca el PIN de administración</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Open admin</source>
        <translation>Abrir la administración</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Admin is locked: no PIN is set on this kiosk. Set one on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>La administración está bloqueada: no hay ningún PIN configurado en este quiosco. Configure uno en este ordenador con el comando: blueheart-kiosk set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln seconds.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo dentro de %Ln segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo dentro de %Ln segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgeScreen</name>
    <message>
        <source>Take the Blue Heart pledge</source>
        <translation>Asuma el compromiso Corazón Azul</translation>
    </message>
    <message>
        <source>Join the campaign against human trafficking</source>
        <translation>Únase a la campaña contra la trata de personas</translation>
    </message>
    <message>
        <source>The Blue Heart</source>
        <translation>El Corazón Azul</translation>
    </message>
    <message>
        <source>The Blue Heart represents the sadness of those who are trafficked and reminds us of the cold-heartedness of those who buy and sell fellow human beings. The blue of the heart shows the commitment of the United Nations to combat this crime.</source>
        <translation>El Corazón Azul representa la tristeza de las víctimas de la trata y nos recuerda la insensibilidad de quienes compran y venden a otros seres humanos. El azul del corazón simboliza el compromiso de las Naciones Unidas en la lucha contra este delito.</translation>
    </message>
</context>
<context>
    <name>PublicationsScreen</name>
    <message>
        <source>Tools and publications</source>
        <translation>Herramientas y publicaciones</translation>
    </message>
    <message>
        <source>Scan a code to take the link away on your phone</source>
        <translation>Escanee un código para llevarse el enlace en su teléfono</translation>
    </message>
    <message>
        <source>Toolkit to Combat Trafficking in Persons</source>
        <translation>Manual para la lucha contra la trata de personas</translation>
    </message>
    <message>
        <source>Practical tools and guidance for policymakers, law enforcement, judges, prosecutors, victim service providers and civil society.</source>
        <translation>Herramientas prácticas y orientaciones para responsables de políticas, fuerzas del orden, jueces, fiscales, proveedores de servicios a las víctimas y la sociedad civil.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <source>The kiosk will start over in %Ln seconds.</source>
        <translation>
            <numerusform>El quiosco volverá a empezar en %Ln segundo.</numerusform>
            <numerusform>El quiosco volverá a empezar en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>WatchScreen</name>
    <message>
        <source>This video cannot be played on this kiosk</source>
        <translation>Este vídeo no se puede reproducir en este quiosco</translation>
    </message>
    <message>
        <source>This recording cannot be played on this kiosk</source>
        <translation>Esta grabación no se puede reproducir en este quiosco</translation>
    </message>
    <message>
        <source>Moving on to the next one.</source>
        <translation>Pasamos al siguiente.</translation>
    </message>
    <message>
        <source>Please choose another one from the list.</source>
        <translation>Elija otro de la lista.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Watch and listen</source>
        <translation>Ver y escuchar</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews, with captions</source>
        <translation>Anuncios de servicio público y entrevistas con expertos, con subtítulos</translation>
    </message>
    <message>
        <source>There is nothing to watch yet.</source>
        <translation>Todavía no hay nada que ver.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Posición en el vídeo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>Subtítulos activados</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Subtítulos desactivados</translation>
    </message>
</context>
</TS>
