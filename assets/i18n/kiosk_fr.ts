<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>On</source>
        <extracomment>The text size &quot;Larger text&quot; sets (150 %).</extracomment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Makes all text one and a half times bigger</source>
        <translation>Agrandit tous les textes d’une fois et demie</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>Blanc et jaune sur fond noir</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>Tout à portée de main</translation>
    </message>
    <message>
        <source>Brings every button down within reach</source>
        <translation>Place tous les boutons en bas, à portée de main</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>For the organiser of this kiosk</source>
        <translation>Pour l’organisateur de cette borne</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Kiosk (full screen, locked)</source>
        <translation>Borne (plein écran, verrouillée)</translation>
    </message>
    <message>
        <source>Window (development)</source>
        <translation>Fenêtre (développement)</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>No configuration or content warnings</source>
        <translation>Aucun avertissement de configuration ou de contenu</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is.</extracomment>
        <translation>Cœur bleu</translation>
    </message>
    <message>
        <source>Together against human trafficking</source>
        <translation>Ensemble contre la traite des personnes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln personne a pris l’engagement Cœur bleu</numerusform>
            <numerusform>%Ln personnes ont pris l’engagement Cœur bleu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Human beings are not for sale</source>
        <extracomment>(screen, icon) of each tile, in reading order; the pledge is highlighted.</extracomment>
        <translation>L’être humain n’est pas à vendre</translation>
    </message>
    <message>
        <source>Learn about human trafficking and migrant smuggling, and take the Blue Heart pledge.</source>
        <translation>Découvrez la traite des personnes et le trafic illicite de migrants, et prenez l’engagement Cœur bleu.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Comprendre</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>Qu’est-ce que la traite des personnes et le trafic illicite de migrants&#xa0;?</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>Les dernières nouvelles de l’ONUDC</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews</source>
        <translation>Messages d’intérêt public et entretiens avec des experts</translation>
    </message>
    <message>
        <source>Tools and publications</source>
        <translation>Outils et publications</translation>
    </message>
    <message>
        <source>Take a link away on your phone</source>
        <translation>Emportez un lien sur votre téléphone</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>Prendre l’engagement</translation>
    </message>
    <message>
        <source>Join the Blue Heart campaign against human trafficking</source>
        <translation>Rejoignez la campagne Cœur bleu contre la traite des personnes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln personne a pris l’engagement Cœur bleu</numerusform>
            <numerusform>%Ln personnes ont pris l’engagement Cœur bleu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation>Comprendre</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>Qu’est-ce que la traite des personnes et le trafic illicite de migrants&#xa0;?</translation>
    </message>
    <message>
        <source>What is migrant smuggling?</source>
        <translation>Qu’est-ce que le trafic illicite de migrants&#xa0;?</translation>
    </message>
    <message>
        <source>Smuggling migrants involves the procurement, for financial or other material benefit, of the illegal entry of a person into a State of which that person is not a national or resident.</source>
        <translation>Le trafic illicite de migrants consiste à assurer, afin d’en tirer un avantage financier ou un autre avantage matériel, l’entrée illégale d’une personne dans un État dont elle n’est ni ressortissante ni résidente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape.</extracomment>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Larger text, high contrast and reach mode</source>
        <translation>Texte plus grand, contraste élevé et tout à portée de main</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>Les dernières nouvelles de l’ONUDC</translation>
    </message>
    <message>
        <source>Virtually every country in the world is affected</source>
        <translation>Presque tous les pays du monde sont touchés</translation>
    </message>
    <message>
        <source>The challenge for all countries, rich and poor, is to target the criminals who exploit desperate people, and to protect and assist victims of trafficking and smuggled migrants.</source>
        <translation>Le défi pour tous les pays, riches ou pauvres, est de cibler les criminels qui exploitent des personnes désespérées, et de protéger et d’aider les victimes de la traite et les migrants objet d’un trafic illicite.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Organiser access</source>
        <extracomment>The keys drawn as icons: key → icon name.</extracomment>
        <translation>Accès organisateur</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Saisissez le code PIN d’administration</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Open admin</source>
        <translation>Ouvrir l’administration</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN incorrect. Réessayez.</translation>
    </message>
    <message>
        <source>Admin is locked: no PIN is set on this kiosk. Set one on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>L’administration est verrouillée&#xa0;: aucun code PIN n’est défini sur cette borne. Définissez-en un sur cet ordinateur avec la commande&#xa0;: blueheart-kiosk set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln seconds.</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %Ln seconde.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %Ln secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgeScreen</name>
    <message>
        <source>Take the Blue Heart pledge</source>
        <translation>Prenez l’engagement Cœur bleu</translation>
    </message>
    <message>
        <source>Join the campaign against human trafficking</source>
        <translation>Rejoignez la campagne contre la traite des personnes</translation>
    </message>
    <message>
        <source>The Blue Heart</source>
        <translation>Le Cœur bleu</translation>
    </message>
    <message>
        <source>The Blue Heart represents the sadness of those who are trafficked and reminds us of the cold-heartedness of those who buy and sell fellow human beings. The blue of the heart shows the commitment of the United Nations to combat this crime.</source>
        <translation>Le Cœur bleu représente la tristesse des victimes de la traite et nous rappelle l’insensibilité de ceux qui achètent et vendent leurs semblables. Le bleu du cœur symbolise l’engagement des Nations Unies à lutter contre ce crime.</translation>
    </message>
</context>
<context>
    <name>PublicationsScreen</name>
    <message>
        <source>Tools and publications</source>
        <translation>Outils et publications</translation>
    </message>
    <message>
        <source>Scan a code to take the link away on your phone</source>
        <translation>Scannez un code pour emporter le lien sur votre téléphone</translation>
    </message>
    <message>
        <source>Toolkit to Combat Trafficking in Persons</source>
        <translation>Manuel sur la lutte contre la traite des personnes</translation>
    </message>
    <message>
        <source>Practical tools and guidance for policymakers, law enforcement, judges, prosecutors, victim service providers and civil society.</source>
        <translation>Outils pratiques et conseils pour les décideurs, les services de détection et de répression, les juges, les procureurs, les prestataires de services aux victimes et la société civile.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <source>The kiosk will start over in %Ln seconds.</source>
        <translation>
            <numerusform>La borne va recommencer dans %Ln seconde.</numerusform>
            <numerusform>La borne va recommencer dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Vous êtes toujours là&#xa0;?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
</context>
<context>
    <name>WatchScreen</name>
    <message>
        <source>This video cannot be played on this kiosk</source>
        <translation>Cette vidéo ne peut pas être lue sur cette borne</translation>
    </message>
    <message>
        <source>This recording cannot be played on this kiosk</source>
        <translation>Cet enregistrement ne peut pas être lu sur cette borne</translation>
    </message>
    <message>
        <source>Moving on to the next one.</source>
        <translation>Passage au suivant.</translation>
    </message>
    <message>
        <source>Please choose another one from the list.</source>
        <translation>Veuillez en choisir un autre dans la liste.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Watch and listen</source>
        <translation>Regarder et écouter</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews, with captions</source>
        <translation>Messages d&apos;intérêt public et entretiens avec des experts, sous-titrés</translation>
    </message>
    <message>
        <source>There is nothing to watch yet.</source>
        <translation>Il n&apos;y a encore rien à regarder.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>Sous-titres activés</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Sous-titres désactivés</translation>
    </message>
</context>
</TS>
