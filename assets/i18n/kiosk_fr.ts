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
    <name>AdminDoorSection</name>
    <message>
        <source>Admin PIN</source>
        <translation>Code PIN d’administration</translation>
    </message>
    <message>
        <source>This kiosk&apos;s PIN was set under older, weaker rules (4 digits were allowed). Set a new PIN of 6 to 12 digits on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>Le code PIN de ce kiosque a été choisi selon des règles plus anciennes et plus faibles (4 chiffres étaient permis). Choisissez un nouveau code de 6 à 12 chiffres sur cet ordinateur avec la commande : blueheart-kiosk set-pin</translation>
    </message>
    <message>
        <source>No wrong PIN was entered since Admin was last opened.</source>
        <translation>Aucun code PIN incorrect n’a été saisi depuis la dernière ouverture de l’administration.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) were entered since Admin was last opened:</source>
        <translation>
            <numerusform>%n code PIN incorrect a été saisi depuis la dernière ouverture de l’administration :</numerusform>
            <numerusform>%n codes PIN incorrects ont été saisis depuis la dernière ouverture de l’administration :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>et %n plus ancien</numerusform>
            <numerusform>et %n plus anciens</numerusform>
        </translation>
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
        <source>Close the kiosk? This computer&apos;s desktop will show until it is started again.</source>
        <translation>Fermer la borne ? Le bureau de cet ordinateur restera visible jusqu’au prochain démarrage.</translation>
    </message>
    <message>
        <source>Yes, exit</source>
        <translation>Oui, quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <source>Keyboard renderer</source>
        <translation>Rendu du clavier</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>pas encore choisi</translation>
    </message>
    <message>
        <source>no OpenGL</source>
        <translation>pas d’OpenGL</translation>
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
    <name>AttractLoop</name>
    <message>
        <source>Public service announcement, playing without sound</source>
        <translation>Message d&apos;intérêt public, diffusé sans le son</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is. With ``media.attract_loop`` on, the loop starts this long after Attract shows (the first time, its player and QtMultimedia load then, well after the first frame).</extracomment>
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
    <name>CampaignPage</name>
    <message>
        <source>The Blue Heart Campaign</source>
        <translation>La campagne Cœur bleu</translation>
    </message>
    <message>
        <source>A campaign against human trafficking.</source>
        <translation>Une campagne contre la traite des personnes.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>Traite ou trafic de migrants ?</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Traite des personnes</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>Trafic illicite de migrants</translation>
    </message>
</context>
<context>
    <name>DefinitionPage</name>
    <message>
        <source>In plain words</source>
        <translation>En termes simples</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>What the law says</source>
        <translation>Ce que dit le droit</translation>
    </message>
    <message>
        <source>The official text is shown in English.</source>
        <translation>Le texte officiel est présenté en anglais.</translation>
    </message>
    <message>
        <source>Part of the official text is shown in English.</source>
        <translation>Une partie du texte officiel est présentée en anglais.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
</context>
<context>
    <name>ElementCard</name>
    <message>
        <source>Tap to close</source>
        <translation>Toucher pour fermer</translation>
    </message>
    <message>
        <source>Tap to see</source>
        <translation>Toucher pour voir</translation>
    </message>
</context>
<context>
    <name>ElementsPage</name>
    <message>
        <source>The three elements of human trafficking</source>
        <translation>Les trois éléments de la traite des personnes</translation>
    </message>
    <message>
        <source>An act, done by certain means, for the purpose of exploitation. Tap each one.</source>
        <translation>Un acte, commis par certains moyens, dans un but d&apos;exploitation. Touchez chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
</context>
<context>
    <name>FleetAdminSection</name>
    <message>
        <source>Event sync</source>
        <translation>Synchronisation de l’événement</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Server: %1 · Event: %2</source>
        <translation>Serveur : %1 · Événement : %2</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Pas encore essayé</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Queued: %1    Event total: %2</source>
        <translation>En attente : %1    Total de l’événement : %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
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
    <name>ImpactSection</name>
    <message>
        <source>Today</source>
        <extracomment>Lines built ahead by :meth:`prepare` (a summary, the path and a few of each list).</extracomment>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>L’événement jusqu’ici</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>The figures cannot be read from the database now.</source>
        <translation>Les chiffres ne peuvent pas être lus dans la base de données pour le moment.</translation>
    </message>
</context>
<context>
    <name>ImpactWords</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Comprendre</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Pledge screen</source>
        <translation>Écran de l’engagement</translation>
    </message>
    <message>
        <source>Made a pledge</source>
        <translation>Ont pris l’engagement</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>Mode accessible</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Blue Heart Kiosk: impact report</source>
        <translation>Borne Cœur bleu : rapport d’impact</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd’hui (%1)</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>L’événement jusqu’ici</translation>
    </message>
    <message>
        <source>The event so far (%1 to %2)</source>
        <translation>L’événement jusqu’ici (du %1 au %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>No events were recorded in this period.</source>
        <translation>Aucun événement n’a été enregistré pendant cette période.</translation>
    </message>
    <message>
        <source>Recording is off (analytics.enabled = false in the configuration file).</source>
        <translation>L’enregistrement est désactivé (analytics.enabled = false dans le fichier de configuration).</translation>
    </message>
    <message>
        <source>Visits by hour</source>
        <translation>Visites par heure</translation>
    </message>
    <message>
        <source>Pledges by hour</source>
        <translation>Engagements par heure</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Median visit length</source>
        <translation>Durée médiane d’une visite</translation>
    </message>
    <message>
        <source>90 % of visits were shorter than</source>
        <translation>90 % des visites ont duré moins de</translation>
    </message>
    <message>
        <source>Pledges made</source>
        <translation>Engagements pris</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>From Home to a pledge: share of visits that reached each screen</source>
        <translation>De l’accueil à l’engagement : part des visites ayant atteint chaque écran</translation>
    </message>
    <message>
        <source>Videos and interviews: plays, share watched on average, plays watched to the end</source>
        <translation>Vidéos et entretiens : lectures, part regardée en moyenne, lectures regardées jusqu’au bout</translation>
    </message>
    <message>
        <source>Quiz: answers and share right, per question</source>
        <translation>Quiz : réponses et part de bonnes réponses, par question</translation>
    </message>
    <message>
        <source>Languages chosen</source>
        <translation>Langues choisies</translation>
    </message>
    <message>
        <source>Accessibility options used</source>
        <translation>Options d’accessibilité utilisées</translation>
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
    <name>LanguageTag</name>
    <message>
        <source>In English</source>
        <translation>En anglais</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <extracomment>The parts of Learn, in the order of the buttons.</extracomment>
        <translation>Comprendre</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>Qu’est-ce que la traite des personnes et le trafic illicite de migrants&#xa0;?</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Traite des personnes</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>Trafic illicite de migrants</translation>
    </message>
    <message>
        <source>Three elements</source>
        <translation>Trois éléments</translation>
    </message>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>Traite ou trafic de migrants ?</translation>
    </message>
    <message>
        <source>The Blue Heart</source>
        <translation>Le Cœur bleu</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape. Milliseconds between the first frame and the building of the other screens.</extracomment>
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
    <name>NewsDetail</name>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>Scannez pour en lire plus sur votre téléphone</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>No news at the moment.</source>
        <translation>Aucune actualité pour le moment.</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>The latest from UNODC, newest first</source>
        <translation>Les dernières nouvelles de l&apos;ONUDC, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>All news</source>
        <translation>Toutes les actualités</translation>
    </message>
    <message>
        <source>Back to all news</source>
        <translation>Retour à toutes les actualités</translation>
    </message>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>Scannez pour en lire plus sur votre téléphone</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Clavier à l’écran</translation>
    </message>
</context>
<context>
    <name>PersonalDataSection</name>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message numerus="yes">
        <source>First names, emails and countries are erased automatically %n day(s) after the pledge. The pledges, their commitments and the counts remain.</source>
        <translation>
            <numerusform>Les prénoms, e-mails et pays sont effacés automatiquement %n jour après l’engagement. Les engagements, leurs choix et les totaux restent.</numerusform>
            <numerusform>Les prénoms, e-mails et pays sont effacés automatiquement %n jours après l’engagement. Les engagements, leurs choix et les totaux restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>First names, emails and countries are kept until you erase them (pledges.personal_data_days = 0).</source>
        <translation>Les prénoms, e-mails et pays sont conservés jusqu’à ce que vous les effaciez (pledges.personal_data_days = 0).</translation>
    </message>
    <message>
        <source>Last automatic erasure: %1, from %2 pledges.</source>
        <translation>Dernier effacement automatique : %1, sur %2 engagements.</translation>
    </message>
    <message>
        <source>Erase personal data now…</source>
        <translation>Effacer les données personnelles maintenant…</translation>
    </message>
    <message>
        <source>Erase names, emails and countries</source>
        <translation>Effacer prénoms, e-mails et pays</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This erases the first names, emails and countries of all %1 pledges on this kiosk. The pledges and the counts remain. Export them first if you need the names. This cannot be undone.</source>
        <translation>Ceci efface les prénoms, e-mails et pays des %1 engagements de ce kiosque. Les engagements et les totaux restent. Exportez-les d’abord si vous avez besoin des noms. C’est irréversible.</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Effacement des données personnelles…</translation>
    </message>
    <message>
        <source>Personal data erased from %1 pledges; all %2 pledges remain.</source>
        <translation>Données personnelles effacées de %1 engagements ; les %2 engagements restent.</translation>
    </message>
    <message>
        <source>Could not erase the personal data: the pledge database cannot be written (%1).</source>
        <translation>Impossible d’effacer les données personnelles : la base des engagements ne peut pas être modifiée (%1).</translation>
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
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln seconde</numerusform>
            <numerusform>%Ln secondes</numerusform>
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
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes: 2 hours 30 minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1.</source>
        <translation>Trop de codes PIN incorrects. Le clavier est bloqué pendant %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1, until %2.</source>
        <translation>Trop de codes PIN incorrects. Le clavier est bloqué pendant %1, jusqu’à %2.</translation>
    </message>
</context>
<context>
    <name>PledgeFormView</name>
    <message>
        <source>The Blue Heart stands for the people who are trafficked and for everyone working to end human trafficking. Add your name to the campaign: choose what you will do.</source>
        <translation>Le Cœur bleu représente les personnes victimes de la traite et toutes celles qui œuvrent pour y mettre fin. Rejoignez la campagne : choisissez ce que vous ferez.</translation>
    </message>
    <message>
        <source>I pledge to…</source>
        <translation>Je m’engage à…</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>À propos de vous (facultatif)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type to find your country</source>
        <translation>Tapez pour trouver votre pays</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays (liste)</translation>
    </message>
    <message>
        <source>You may email me about the Blue Heart campaign</source>
        <translation>Vous pouvez m’écrire au sujet de la campagne Cœur bleu</translation>
    </message>
    <message>
        <source>Show my first name on the pledge wall</source>
        <translation>Afficher mon prénom sur le mur des engagements</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>Prendre l’engagement</translation>
    </message>
    <message>
        <source>Choose at least one commitment.</source>
        <translation>Choisissez au moins un engagement.</translation>
    </message>
    <message>
        <source>Choose your commitments again, please.</source>
        <translation>Choisissez à nouveau vos engagements, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Please use at most %1 characters.</source>
        <translation>Utilisez au plus %1 caractères, s’il vous plaît.</translation>
    </message>
    <message>
        <source>This name has a hidden control character. Please type it again.</source>
        <translation>Ce prénom contient un caractère de contrôle invisible. Tapez-le à nouveau, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Type your first name to show it on the wall, or untick the box.</source>
        <translation>Tapez votre prénom pour l’afficher sur le mur, ou décochez la case.</translation>
    </message>
    <message>
        <source>This does not look like an email address, for example name@example.org.</source>
        <translation>Cette adresse e-mail ne semble pas valide, par exemple nom@example.org.</translation>
    </message>
    <message>
        <source>Tick the box to let us email you, or leave the email empty.</source>
        <translation>Cochez la case pour que nous puissions vous écrire, ou laissez l’adresse vide.</translation>
    </message>
    <message>
        <source>Type your email, or untick the box.</source>
        <translation>Tapez votre adresse e-mail, ou décochez la case.</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Choisissez votre pays dans la liste.</translation>
    </message>
    <message>
        <source>Please choose a language.</source>
        <translation>Choisissez une langue, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Sorry, your pledge could not be saved just now. Nothing you typed is lost: please try again in a moment or ask a member of staff.</source>
        <translation>Désolé, votre engagement n’a pas pu être enregistré pour l’instant. Rien de ce que vous avez saisi n’est perdu : réessayez dans un moment ou adressez-vous à un membre du personnel.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
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
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>You are supporter number %1</source>
        <translation>Vous êtes le soutien numéro %1</translation>
    </message>
</context>
<context>
    <name>PledgesAdminSection</name>
    <message>
        <source>Pledges</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Export or merge</source>
        <translation>Exporter ou fusionner</translation>
    </message>
    <message>
        <source>CSV (Excel)</source>
        <translation>CSV (Excel)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Export to this folder</source>
        <translation>Exporter dans ce dossier</translation>
    </message>
    <message>
        <source>Find exports to merge</source>
        <translation>Chercher des exports à fusionner</translation>
    </message>
    <message>
        <source>Names on the pledge wall</source>
        <translation>Prénoms sur le mur des engagements</translation>
    </message>
    <message>
        <source>Erase all pledges…</source>
        <translation>Effacer tous les engagements…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Today: %1    Total: %2</source>
        <translation>Aujourd’hui : %1    Total : %2</translation>
    </message>
    <message>
        <source>Pledges cannot be saved: %1. Check the data folder.</source>
        <translation>Les engagements ne peuvent pas être enregistrés : %1. Vérifiez le dossier de données.</translation>
    </message>
    <message>
        <source>The pledge database could not be read and was set aside as %1; a new one was started.</source>
        <translation>La base des engagements était illisible ; elle a été mise de côté sous %1 et une nouvelle a été créée.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>the database is in use by another program</source>
        <translation>la base est utilisée par un autre programme</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the file or folder cannot be opened</source>
        <translation>le fichier ou le dossier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>USB drive %1</source>
        <translation>Clé USB %1</translation>
    </message>
    <message>
        <source>Export here</source>
        <translation>Exporter ici</translation>
    </message>
    <message>
        <source>Find exports</source>
        <translation>Chercher des exports</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>No .csv or .jsonl files in %1</source>
        <translation>Aucun fichier .csv ou .jsonl dans %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <source>on the wall</source>
        <translation>sur le mur</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>not on the wall</source>
        <translation>pas sur le mur</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Afficher à nouveau</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>This deletes all %1 pledges on this kiosk, names and emails included. Export them first if you need them.</source>
        <translation>Cela supprime les %1 engagements de cette borne, prénoms et adresses e-mail compris. Exportez-les d’abord si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Erase all pledges</source>
        <translation>Effacer tous les engagements</translation>
    </message>
    <message>
        <source>Are you sure? This cannot be undone.</source>
        <translation>En êtes-vous sûr ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Yes, erase everything</source>
        <translation>Oui, tout effacer</translation>
    </message>
    <message>
        <source>Exported %1 pledges to %2</source>
        <translation>%1 engagements exportés vers %2</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already here, %4 rejected</source>
        <translation>%1 : %2 ajoutés, %3 déjà présents, %4 refusés</translation>
    </message>
    <message>
        <source>Erased %1 pledges</source>
        <translation>%1 engagements effacés</translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>Impossible de terminer : %1</translation>
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
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Trafficking, smuggling, or both?</source>
        <translation>Traite, trafic de migrants, ou les deux ?</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Traite</translation>
    </message>
    <message>
        <source>Smuggling</source>
        <translation>Trafic de migrants</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>Voir mon score</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Bonne réponse !</translation>
    </message>
    <message>
        <source>Not quite. The answer is: %1</source>
        <translation>Pas tout à fait. La réponse est : %1</translation>
    </message>
    <message>
        <source>You got %1 of %2 right.</source>
        <translation>Vous avez %1 bonnes réponses sur %2.</translation>
    </message>
    <message>
        <source>Thank you for learning. Share what you know: it helps protect people.</source>
        <translation>Merci d&apos;avoir appris. Partagez ce que vous savez : cela aide à protéger des personnes.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
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
