<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthorLine</name>
    <message>
        <location filename="../ui/authorline.cpp" line="+21"/>
        <source>logged by %1</source>
        <translation>noté par %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>moved by %1</source>
        <translation>déplacé par %1</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <location filename="../core/backupfiles.cpp" line="+120"/>
        <source>The backup %1 cannot be used: it is damaged or not a Rapport database. %2 was left where it was.</source>
        <translation>La sauvegarde %1 est inutilisable&#xa0;: elle est endommagée ou n&apos;est pas une base de données Rapport. %2 a été laissé à sa place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not restore the backup: %1 already exists. %2 was left where it was.</source>
        <translation>Impossible de restaurer la sauvegarde&#xa0;: %1 existe déjà. %2 a été laissé à sa place.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not restore the backup in place of %1. The damaged file is kept as %2.</source>
        <translation>Impossible de mettre la sauvegarde à la place de %1. Le fichier endommagé est conservé sous %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not restore the backup in place of %1. The damaged file was left where it was.</source>
        <translation>Impossible de mettre la sauvegarde à la place de %1. Le fichier endommagé a été laissé à sa place.</translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message>
        <location filename="../ui/clientcommands.cpp" line="+82"/>
        <source>Add %1</source>
        <translation>l&apos;ajout de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n Clients</source>
        <translation>
            <numerusform>l&apos;ajout de %n client</numerusform>
            <numerusform>l&apos;ajout de %n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete %1</source>
        <translation>la suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n Clients</source>
        <translation>
            <numerusform>la suppression de %n client</numerusform>
            <numerusform>la suppression de %n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1</source>
        <translation>la modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move %1</source>
        <translation>le déplacement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Change Segment Boundaries</source>
        <translation>la modification des limites des segments</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change Contact Intervals</source>
        <translation>Modifier les intervalles de contact</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log %1 with %2</source>
        <translation>l&apos;ajout&#xa0;: %1 avec «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit Interaction with %1</source>
        <translation>la modification de l&apos;interaction avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete Interaction with %1</source>
        <translation>la suppression de l&apos;interaction avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Acknowledge Alert for %1</source>
        <translation>la prise en compte de l&apos;alerte de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import %1</source>
        <translation>l&apos;importation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Read Mail</source>
        <translation>Lire la boîte aux lettres</translation>
    </message>
</context>
<context>
    <name>ClientDataExport</name>
    <message>
        <location filename="../core/clientdataexport.cpp" line="+112"/>
        <source>Could not export the client: it no longer exists.</source>
        <translation>Impossible d’exporter le client&#xa0;: il n’existe plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export %1: %2</source>
        <translation>Impossible d’exporter %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClientDetailPanel</name>
    <message>
        <location filename="../ui/clientdetailpanel.cpp" line="+58"/>
        <source>&amp;Log Interaction</source>
        <translation>&amp;Noter l&apos;interaction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a client in the list or on the chart to see and edit it here.</source>
        <translation>Sélectionnez un client dans la liste ou sur le graphique pour le voir et le modifier ici.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The client&apos;s segment, from where the dot sits on the chart, with what it means and what to do next.</source>
        <translation>Le segment du client, d’après la place de son point sur le graphique, avec ce qu’il signifie et ce qu’il faut faire ensuite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you were last in touch, when the next contact is due, and whether the client has gone quiet or stopped answering. Overdue clients show in red.</source>
        <translation>Votre dernier contact, la date du prochain contact à prévoir, et si le client ne donne plus de nouvelles ou ne répond plus. Les clients en retard apparaissent en rouge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s last moves between segments, with their dates: where the client is heading.</source>
        <translation>Les derniers passages du client d’un segment à l’autre, avec leurs dates&#xa0;: la direction que prend le client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Marquer comme vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this move as seen; it stays in the client&apos;s history.</source>
        <translation>Marquer ce changement comme vu&#xa0;; il reste dans l&apos;historique du client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A move for the worse stays flagged here and in Needs Attention until you have looked at it. Press this once you know what to do; the move stays in the client&apos;s path, and Undo takes the acknowledgement back.</source>
        <translation>Une dégradation reste signalée ici et dans «&#xa0;Attention requise&#xa0;» tant que vous ne l’avez pas examinée. Cliquez ici une fois que vous savez quoi faire&#xa0;; le changement reste dans le parcours du client, et Annuler retire la prise en compte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write or call</source>
        <translation>Écrire ou appeler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the email address to write with your mail program, or the phone number to call through your phone app. Rapport then offers to log the email or call in one click.</source>
        <translation>Cliquez sur l’adresse e-mail pour écrire avec votre messagerie, ou sur le numéro de téléphone pour appeler avec votre application de téléphone. Rapport propose ensuite de noter l’e-mail ou l’appel en un clic.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this email or call now</source>
        <translation>Noter cet e-mail ou cet appel maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs the email or call you just started, with the time, kind and direction already filled in. Change the outcome or add a note in the form below first if you like.</source>
        <translation>Note l’e-mail ou l’appel que vous venez de commencer, avec l’heure, le type et le sens déjà remplis. Si vous le souhaitez, changez d’abord le résultat ou ajoutez une note dans le formulaire ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not log it</source>
        <translation>Ne pas le noter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this offer and clears the form without logging anything. You can still log the email or call later with the form.</source>
        <translation>Ferme cette proposition et vide le formulaire sans rien noter. Vous pourrez toujours noter l’e-mail ou l’appel plus tard avec le formulaire.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Interactions, newest first</source>
        <translation>Interactions, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log it (Ctrl+Return)</source>
        <translation>Noter (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves what the form above holds as an interaction of this client, and clears the form for the next one. An answered contact starts the count towards the next one again; Undo takes it back.</source>
        <translation>Enregistre le contenu du formulaire ci-dessus comme interaction de ce client et vide le formulaire pour la suivante. Un contact avec réponse relance le décompte jusqu’au prochain contact&#xa0;; Annuler le défait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This client&apos;s interactions, newest first</source>
        <translation>Les interactions de ce client, les plus récentes d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every logged meeting, call, email and message of this client, newest first, one line each; rest the mouse on one to read its whole note. Double-click or press Enter to change it, press Delete to remove the selected ones.</source>
        <translation>Chaque rendez-vous, appel, e-mail et message noté pour ce client, les plus récents d’abord, une ligne chacun&#xa0;; laissez la souris sur une ligne pour lire toute la note. Double-cliquez ou appuyez sur Entrée pour la modifier, appuyez sur Suppr pour retirer celles qui sont sélectionnées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the selected interaction (Enter)</source>
        <translation>Modifier l’interaction sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the selected interaction to change its time, kind, direction, outcome or note. Select one in the timeline first.</source>
        <translation>Ouvre l’interaction sélectionnée pour en modifier l’heure, le type, le sens, le résultat ou la note. Sélectionnez-en d’abord une dans la liste des interactions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected interactions (Delete)</source>
        <translation>Supprimer les interactions sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the interactions selected in the timeline. The client&apos;s last contact and what is due are worked out again; Undo brings them back.</source>
        <translation>Supprime les interactions sélectionnées dans la liste. Le dernier contact du client et ce qui est à prévoir sont recalculés&#xa0;; Annuler les fait revenir.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log contacts and see this client&apos;s history</source>
        <translation>Noter des contacts et voir l’historique de ce client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quick form to log a meeting, call, email or message with this client, and the timeline of everything logged so far. Rapport counts the days since the last answered contact to tell when the client is due.</source>
        <translation>Un formulaire rapide pour noter un rendez-vous, un appel, un e-mail ou un message avec ce client, et la liste de tout ce qui a été noté jusqu’ici. Rapport compte les jours depuis le dernier contact avec réponse pour savoir quand recontacter le client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s name, contact details, scores and notes</source>
        <translation>Nom, coordonnées, évaluations et notes du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the client, ready to edit: a change is saved when you leave the field, and Undo takes it back. Changing a score moves the client&apos;s dot on the chart.</source>
        <translation>Tous les champs du client, prêts à être modifiés&#xa0;: une modification est enregistrée quand vous quittez le champ, et Annuler la défait. Changer une évaluation déplace le point du client sur le graphique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladder rung, stage, NPS answer and how the client rates you</source>
        <translation>Échelon de fidélité, étape, réponse NPS et comment le client vous évalue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other ways of looking at this client: where they stand on the loyalty ladder, how far the relationship has come, their NPS answer and six ratings of how they see you. Rapport uses them in its suggestions and in the report.</source>
        <translation>Les autres façons de voir ce client&#xa0;: sa place sur l’échelle de fidélité, l’avancement de la relation, sa réponse NPS et six notes sur la façon dont il vous perçoit. Rapport s’en sert pour ses suggestions et dans le rapport.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Last contact %1 (%2).</source>
        <translation>Dernier contact le %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact logged yet; added %1.</source>
        <translation>Aucun contact noté ; ajouté %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue by %n day(s): get in touch now.</source>
        <translation>
            <numerusform>En retard de %n jour&#xa0;: prenez contact maintenant.</numerusform>
            <numerusform>En retard de %n jours&#xa0;: prenez contact maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due for contact (every %n day(s) for this client).</source>
        <translation>
            <numerusform>Contact à prévoir (intervalle pour ce client&#xa0;: %n jour).</numerusform>
            <numerusform>Contact à prévoir (intervalle pour ce client&#xa0;: %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next contact due by %1.</source>
        <translation>Prochain contact à prévoir d&apos;ici le %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Usually in touch every %n day(s); silent for much longer now.</source>
        <translation>
            <numerusform>Intervalle habituel&#xa0;: %n jour&#xa0;; le silence dure bien plus longtemps.</numerusform>
            <numerusform>Intervalle habituel&#xa0;: %n jours&#xa0;; le silence dure bien plus longtemps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unanswered attempt(s) since %1.</source>
        <translation>
            <numerusform>%n tentative sans réponse depuis le %1.</numerusform>
            <numerusform>%n tentatives sans réponse depuis le %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consider parting ways politely.</source>
        <translation>Envisagez de mettre fin poliment à la relation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trend over 90 days: %1.</source>
        <translation>Tendance sur 90 jours&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moved %1 → %2 on %3.</source>
        <translation>Passage %1 → %2 le %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2 on %3</source>
        <translation>%1 → %2 le %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Path: %1</source>
        <translation>Parcours&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 · last changed %2</source>
        <translation>Ajouté le %1 · modifié le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <source>&amp;Interactions (%1)</source>
        <translation>&amp;Interactions (%1)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>No mail program could be started for %1.</source>
        <translation>Aucun programme de messagerie n’a pu être lancé pour %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on this computer can call %1.</source>
        <translation>Rien sur cet ordinateur ne peut appeler le %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing to %1: log the email once it is sent?</source>
        <translation>Vous écrivez à %1&#xa0;: noter l’e-mail une fois envoyé&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calling %1: log the call, with a note of what was said?</source>
        <translation>Vous appelez %1&#xa0;: noter l’appel, avec ce qui a été dit&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Email</source>
        <translation>Noter l’e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log Call</source>
        <translation>Noter l’appel</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Acknowledge Alert for %1</source>
        <translation>la prise en compte de l&apos;alerte de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../ui/clientdialog.cpp" line="+21"/>
        <source>Edit %1</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Client</source>
        <translation>Ajouter un client</translation>
    </message>
</context>
<context>
    <name>ClientDotsItem</name>
    <message>
        <location filename="../ui/clientdotsitem.cpp" line="+779"/>
        <source>Satisfaction %1, repurchase %2: %3</source>
        <translation>Satisfaction %1, réachat %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../core/clientexport.cpp" line="+159"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../ui/clientform.cpp" line="+35"/>
        <source>segment default</source>
        <translation>selon le segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often this client should hear from you. Past this, contact is due.</source>
        <translation>À quelle fréquence ce client doit avoir de vos nouvelles. Au-delà, un contact est à prévoir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest this client should go without contact. Past this, contact is overdue.</source>
        <translation>La durée maximale sans contact pour ce client. Au-delà, le contact est en retard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate tags with commas</source>
        <translation>Séparez les étiquettes par des virgules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who looks after this client</source>
        <translation>Qui s&apos;occupe de ce client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who looks after this client, when several people share the database. The follow-up report and the planner can be made for one owner&apos;s clients only.</source>
        <translation>La personne qui s&apos;occupe de ce client, quand plusieurs personnes partagent la base. Le rapport de suivi et le planning peuvent se limiter aux clients d&apos;un responsable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How satisfied the client is overall, from 0 (not at all) to 10 (completely).</source>
        <translation>Satisfaction globale du client, de 0 (pas du tout) à 10 (totalement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How likely the client is to buy again, from 0 (not at all) to 10 (certainly).</source>
        <translation>Probabilité que le client achète de nouveau, de 0 (pas du tout) à 10 (certainement).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 = not at all, 10 = completely</source>
        <translation>0 = pas du tout, 10 = tout à fait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anything worth remembering about this client</source>
        <translation>Tout ce qui mérite d&apos;être retenu sur ce client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s name</source>
        <translation>Le nom du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the person you deal with, as you would say it. It is shown in the list, on the chart and in the report.</source>
        <translation>Le nom de la personne avec qui vous traitez, tel que vous le diriez. Il apparaît dans la liste, sur le graphique et dans le rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s company, if any</source>
        <translation>L’entreprise du client, s’il y en a une</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company or organisation the client belongs to. Leave it empty for a private client; the search finds clients by company too.</source>
        <translation>L’entreprise ou l’organisation à laquelle appartient le client. Laissez vide pour un particulier&#xa0;; la recherche trouve aussi les clients par entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words to group clients by, separated by commas</source>
        <translation>Des mots pour regrouper les clients, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own words for grouping clients, such as a town, a product or &quot;wholesale&quot;, separated by commas. Type a tag in the list&apos;s search field to see every client that has it.</source>
        <translation>Vos propres mots pour regrouper les clients, comme une ville, un produit ou «&#xa0;grossiste&#xa0;», séparés par des virgules. Tapez une étiquette dans le champ de recherche de la liste pour voir tous les clients qui l’ont.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How happy the client is with what you deliver, from 0 to 10: your best judgement, or their answer to a survey. It places the dot from left to right on the chart.</source>
        <translation>La satisfaction du client pour ce que vous lui fournissez, de 0 à 10&#xa0;: votre meilleure estimation, ou sa réponse à une enquête. Elle place le point de gauche à droite sur le graphique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How likely the client is to buy from you again, from 0 to 10. It places the dot from bottom to top on the chart; together with satisfaction it decides the segment.</source>
        <translation>La probabilité que le client vous achète de nouveau, de 0 à 10. Elle place le point de bas en haut sur le graphique&#xa0;; avec la satisfaction, elle détermine le segment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes about this client</source>
        <translation>Notes sur ce client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything worth remembering that is not tied to one contact: family, preferences, how they like to be reached. Saved when you leave the field.</source>
        <translation>Tout ce qui mérite d’être retenu sans être lié à un contact précis&#xa0;: famille, préférences, manière dont il préfère être joint. Enregistré quand vous quittez le champ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many days may pass between contacts before this client is due. Leave it at segment default to use the interval of the client&apos;s segment (Edit → Contact Intervals…).</source>
        <translation>Le nombre de jours qui peuvent passer entre deux contacts avant qu’il faille recontacter ce client. Laissez «&#xa0;selon le segment&#xa0;» pour utiliser l’intervalle de son segment (Édition → Intervalles de contact…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many days may pass before this client is overdue and in lapse. Leave it at segment default to use the interval of the client&apos;s segment.</source>
        <translation>Le nombre de jours qui peuvent passer avant que ce client soit en retard et en interruption de contact. Laissez «&#xa0;selon le segment&#xa0;» pour utiliser l’intervalle de son segment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>E-mai&amp;l&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account o&amp;wner:</source>
        <translation>&amp;Responsable du compte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Satisfaction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Likelihood to repurchase:</source>
        <translation>&amp;Probabilité de réachat&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;every:</source>
        <translation>&amp;Contact tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;most every:</source>
        <translation>Au ma&amp;ximum tous les&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <location filename="../core/clientimport.cpp" line="+239"/>
        <source>line 1: the file is empty</source>
        <translation>ligne 1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birthday</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address label</source>
        <translation>Étiquette d’adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instant messaging</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social profile</source>
        <translation>Profil de réseau social</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Related people</source>
        <translation>Personnes liées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Position géographique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption key</source>
        <translation>Clé de chiffrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rapport client export</source>
        <translation>Export des clients de Rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport interaction export</source>
        <translation>Export des interactions de Rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Contacts export</source>
        <translation>Export de Google Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlook contacts export</source>
        <translation>Export des contacts Outlook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thunderbird address book export</source>
        <translation>Export du carnet d’adresses de Thunderbird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn connections export</source>
        <translation>Export des relations LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard contacts</source>
        <translation>Contacts vCard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file: check the columns</source>
        <translation>Fichier CSV&#xa0;: vérifiez les colonnes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood to repurchase</source>
        <translation>Probabilité de réachat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes, as &quot;column: value&quot;</source>
        <translation>Notes, sous la forme «&#xa0;colonne&#xa0;: valeur&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact every (days)</source>
        <translation>Contact tous les (jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact at most every (days)</source>
        <translation>Contact au maximum tous les (jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS answer (0-10)</source>
        <translation>Réponse NPS (0-10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS answered on</source>
        <translation>Réponse NPS le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladder rung</source>
        <translation>Échelon de fidélité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degree of client</source>
        <translation>Degré du client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why a Hostage stays</source>
        <translation>Pourquoi un Otage reste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That reason ends on</source>
        <translation>Ce motif prend fin le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases a year</source>
        <translation>Achats par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every email, with its label</source>
        <translation>Tous les e-mails, avec leur étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every phone, with its label</source>
        <translation>Tous les téléphones, avec leur étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account owner</source>
        <translation>Responsable du compte</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 is outside the scale %3</source>
        <translation>%1&#xa0;: %2 est hors de l&apos;échelle %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a letter in this row could not be read and shows as &quot;%1&quot;; correct it in the file or choose another encoding</source>
        <translation>un caractère de cette ligne est illisible et s’affiche «&#xa0;%1&#xa0;»&#xa0;; corrigez-le dans le fichier ou choisissez un autre encodage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name and company</source>
        <translation>même nom et même entreprise</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>line %1: the file is not text in this encoding; choose another encoding</source>
        <translation>ligne %1&#xa0;: le fichier n’est pas du texte dans cet encodage&#xa0;; choisissez un autre encodage</translation>
    </message>
    <message>
        <location line="+491"/>
        <source>satisfaction</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>likelihood to repurchase</source>
        <translation>probabilité de réachat</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>&quot;%1&quot; is not a number of days</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de jours</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+250"/>
        <source>&quot;%1&quot; is not a date and time like 2026-11-24T09:30:00Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure du type 2026-11-24T09:30:00Z</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>%1 &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a date like 2026-11-24</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date du type 2026-11-24</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a ladder rung (terrorist, toxic, prospect, customer, client, supporter, advocate)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un échelon de fidélité (terrorist, toxic, prospect, customer, client, supporter, advocate)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a stage (courting, contract, continuation, commitment, convergence)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape (courting, contract, continuation, commitment, convergence)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a reason (contract, switching_cost, no_alternative, habit, other)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un motif (contract, switching_cost, no_alternative, habit, other)</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>no client with the email &quot;%1&quot; or the name &quot;%2&quot;</source>
        <translation>aucun client avec l&apos;e-mail «&#xa0;%1&#xa0;» ou le nom «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the kind &quot;%1&quot; is not one of meeting, call, email, message, other</source>
        <translation>le type «&#xa0;%1&#xa0;» n&apos;est aucune des valeurs meeting, call, email, message, other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the direction &quot;%1&quot; is not outbound or inbound</source>
        <translation>la direction «&#xa0;%1&#xa0;» n&apos;est ni outbound ni inbound</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outcome &quot;%1&quot; is not answered or no_answer</source>
        <translation>le résultat «&#xa0;%1&#xa0;» n&apos;est ni answered ni no_answer</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <location filename="../ui/clientlistpanel.cpp" line="+87"/>
        <source>Search name, company, email, tags, rung, stage or NPS category</source>
        <translation>Rechercher nom, entreprise, e-mail, étiquettes, échelon, étape ou catégorie NPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the clients (Ctrl+F)</source>
        <translation>Rechercher des clients (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters to narrow the list and the chart to the clients that match. Every word must appear in the name, company, email, tags, ladder rung, stage or NPS category. Clear the field to see everyone again.</source>
        <translation>Tapez quelques lettres pour limiter la liste et le graphique aux clients correspondants. Chaque mot doit figurer dans le nom, l’entreprise, l’e-mail, les étiquettes, l’échelon de fidélité, l’étape ou la catégorie NPS. Videz le champ pour revoir tout le monde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show or hide %1</source>
        <translation>Afficher ou masquer les %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 This button shows or hides them in the list and on the chart: framed and in colour while shown, grey while hidden.</source>
        <translation>%1&#xa0;: %2 Ce bouton les affiche ou les masque dans la liste et sur le graphique&#xa0;: encadré et en couleur quand ils sont affichés, gris quand ils sont masqués.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My Clients</source>
        <translation>Mes clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the clients whose owner is you</source>
        <translation>Ne montrer que les clients dont vous êtes responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this on to see only the clients you own: those whose Owner is the name Rapport records your changes under. Others working on the same database keep theirs; turn it off to see everyone&apos;s clients again.</source>
        <translation>Activez-le pour ne voir que vos clients : ceux dont le responsable est le nom sous lequel Rapport enregistre vos modifications. Les autres personnes de la même base gardent les leurs ; désactivez-le pour revoir les clients de tous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs Attention</source>
        <translation>Attention requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only clients in lapse, due for contact, or with a move for the worse to look at</source>
        <translation>Afficher seulement les clients en interruption de contact, à contacter ou avec une dégradation à examiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this on to see only the clients to deal with now: those due or overdue for contact, those who have gone quiet or stopped answering, and those who moved for the worse. Work down this list first; turn it off to see everyone again.</source>
        <translation>Activez ce bouton pour ne voir que les clients à traiter maintenant&#xa0;: ceux qui sont à contacter ou en retard, ceux qui ne donnent plus de nouvelles ou ne répondent plus, et ceux qui se sont dégradés. Traitez d’abord cette liste&#xa0;; désactivez le bouton pour revoir tout le monde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Click to choose which values of this column to keep in the list and on the chart; tick several at once. Show All lifts the filter. The button shows while its column does.</source>
        <translation>Cliquez pour choisir les valeurs de cette colonne à garder dans la liste et sur le graphique&#xa0;; vous pouvez en cocher plusieurs. «&#xa0;Tout afficher&#xa0;» supprime le filtre. Le bouton est visible tant que sa colonne l’est.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your clients: double-click one to edit it, F2 edits a cell</source>
        <translation>Vos clients&#xa0;: double-cliquez sur l’un d’eux pour le modifier, F2 modifie une cellule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per client, in the order of the column you sorted by. Select a client to see it on the chart and in the details; double-click or press Enter to edit it, press Delete to delete the selected clients. A name in bold with a red mark is a client in lapse.</source>
        <translation>Une ligne par client, dans l’ordre de la colonne choisie pour le tri. Sélectionnez un client pour le voir sur le graphique et dans les détails&#xa0;; double-cliquez ou appuyez sur Entrée pour le modifier, appuyez sur Suppr pour supprimer les clients sélectionnés. Un nom en gras avec une marque rouge est un client en interruption de contact.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to sort, drag to reorder, right-click to show or hide columns</source>
        <translation>Cliquez pour trier, faites glisser pour réorganiser, clic droit pour afficher ou masquer des colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column titles. Click one to sort the clients by it, click again to reverse the order, drag one to move the column. Right-click to show or hide columns, such as the ladder rung or the NPS answer.</source>
        <translation>Les titres des colonnes. Cliquez sur l’un d’eux pour trier les clients, cliquez de nouveau pour inverser l’ordre, faites-en glisser un pour déplacer la colonne. Faites un clic droit pour afficher ou masquer des colonnes, comme l’échelon de fidélité ou la réponse NPS.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show None</source>
        <translation>Ne rien afficher</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: all</source>
        <translation>%1 : tous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: none</source>
        <translation>%1 : aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1 : %n sélectionné</numerusform>
            <numerusform>%1 : %n sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n client(s)</source>
        <translation>
            <numerusform>%1 sur %n client</numerusform>
            <numerusform>%1 sur %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientMerge</name>
    <message>
        <location filename="../core/clientmerge.cpp" line="+32"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>segment default</source>
        <translation>valeur du segment</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account owner</source>
        <translation>Responsable du compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position on the matrix</source>
        <translation>Position dans la matrice</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Contact intervals</source>
        <translation>Intervalles de contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladder rung</source>
        <translation>Échelon de fidélité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS answer</source>
        <translation>Réponse NPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why they stay</source>
        <translation>Pourquoi il reste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases a year</source>
        <translation>Achats par an</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Satisfaction %1, likelihood to repurchase %2</source>
        <translation>Satisfaction %1, probabilité de rachat %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not archived</source>
        <translation>Non archivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact every: %1; at most every: %2</source>
        <translation>Contact tous les : %1 ; au plus tard tous les : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, until %2</source>
        <translation>%1, jusqu&apos;au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message numerus="yes">
        <location filename="../ui/clienttablemodel.cpp" line="+149"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due for contact</source>
        <translation>Contact à prévoir</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Silent for %1 days; usually in touch every %n day(s)</source>
        <translation>
            <numerusform>Silence depuis %1 jours&#xa0;; intervalle habituel&#xa0;: %n jour</numerusform>
            <numerusform>Silence depuis %1 jours&#xa0;; intervalle habituel&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unanswered attempt(s) in a row</source>
        <translation>
            <numerusform>%n tentative sans réponse d&apos;affilée</numerusform>
            <numerusform>%n tentatives sans réponse d&apos;affilée</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved for the worse; see the details</source>
        <translation>Dégradation&#xa0;; voir les détails</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repurchase</source>
        <translation>Réachat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ladder Rung</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+49"/>
        <source>Someone Else Changed This Client</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed by %2 at %3 while you were editing it.</source>
        <translation>%1 a été modifié par %2 à %3 pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by %2 while you were editing it.</source>
        <translation>%1 a été modifié par %2 pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes and theirs do not overlap: nothing needs choosing.</source>
        <translation>Vos modifications et les leurs ne se recoupent pas : il n&apos;y a rien à choisir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which value to keep for each field below. Cancel keeps the stored client and drops your changes.</source>
        <translation>Choisissez pour chaque champ ci-dessous la valeur à garder. Annuler garde le client enregistré et abandonne vos modifications.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kept from your changes: %1.</source>
        <translation>Repris de vos modifications : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept from the stored client: %1.</source>
        <translation>Repris du client enregistré : %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save Merged</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the client as stored and drop your changes</source>
        <translation>Garder le client tel qu&apos;enregistré et abandonner vos modifications</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Yours: %1</source>
        <translation>La vôtre : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours for %1</source>
        <translation>Votre valeur pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: %1</source>
        <translation>Enregistrée : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored for %1</source>
        <translation>Valeur enregistrée pour %1</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../ui/connectserverdialog.cpp" line="+35"/>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy to Server</source>
        <translation>Copier sur un serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies every client, interaction, move and setting into an empty database on a PostgreSQL server. What is open now stays as it is.</source>
        <translation>Copie tous les clients, interactions, déplacements et réglages dans une base vide sur un serveur PostgreSQL. Ce qui est ouvert maintenant reste tel quel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the Rapport database on a PostgreSQL server that you and your colleagues share. The first connection to an empty database sets it up.</source>
        <translation>Ouvre la base Rapport sur un serveur PostgreSQL que vous partagez avec vos collègues. La première connexion à une base vide la prépare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>crm.example.com</source>
        <translation>crm.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name or address of the computer the PostgreSQL server runs on.</source>
        <translation>Nom ou adresse de l’ordinateur sur lequel tourne le serveur PostgreSQL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s port; PostgreSQL uses 5432 unless its administrator chose another.</source>
        <translation>Le port du serveur&#xa0;; PostgreSQL utilise 5432 sauf si son administrateur en a choisi un autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty database</source>
        <translation>une base vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database to copy into; it must be empty. The server&apos;s administrator creates it.</source>
        <translation>La base dans laquelle copier&#xa0;; elle doit être vide. L’administrateur du serveur la crée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the database on the server that holds your clients.</source>
        <translation>Le nom de la base du serveur qui contient vos clients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your user name on the server (its role).</source>
        <translation>Votre nom d’utilisateur sur le serveur (son rôle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave it empty when ~/.pgpass or the keyring has it, or the server asks for none.</source>
        <translation>Laissez vide si ~/.pgpass ou le trousseau le connaît, ou si le serveur n’en demande pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from ~/.pgpass or the keyring</source>
        <translation>depuis ~/.pgpass ou le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never encrypt</source>
        <translation>Ne jamais chiffrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt when the server offers it</source>
        <translation>Chiffrer si le serveur le propose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt</source>
        <translation>Toujours chiffrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt and check the server&apos;s certificate</source>
        <translation>Toujours chiffrer et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the connection is encrypted (TLS). Over the internet, choose &quot;Always encrypt and check the server&apos;s certificate&quot;.</source>
        <translation>Si la connexion est chiffrée (TLS). Par Internet, choisissez «&#xa0;Toujours chiffrer et vérifier le certificat du serveur&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the password in the desktop&apos;s keyring (GNOME Keyring, KWallet), never in Rapport&apos;s settings. Without a keyring, Rapport asks again or reads ~/.pgpass.</source>
        <translation>Garde le mot de passe dans le trousseau du bureau (GNOME Keyring, KWallet), jamais dans les réglages de Rapport. Sans trousseau, Rapport le redemande ou lit ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
</context>
<context>
    <name>ContactPoint</name>
    <message>
        <location filename="../core/contactpoint.cpp" line="+66"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ContactPointsEdit</name>
    <message>
        <location filename="../ui/contactpointsedit.cpp" line="+47"/>
        <source>Add Email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add another email address</source>
        <translation>Ajouter une autre adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a row for one more email address of this client, such as a private one beside the work one. Choose its label and, with the round button, whether it is the preferred one.</source>
        <translation>Ajoute une ligne pour une adresse e-mail de plus de ce client, par exemple une adresse personnelle à côté de celle du travail. Choisissez son étiquette et, avec le bouton rond, si c’est la préférée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another phone number</source>
        <translation>Ajouter un autre numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a row for one more phone number of this client, such as a mobile beside the office line. Choose its label and, with the round button, whether it is the preferred one.</source>
        <translation>Ajoute une ligne pour un numéro de plus de ce client, par exemple un mobile à côté de la ligne du bureau. Choisissez son étiquette et, avec le bouton rond, si c’est le préféré.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Preferred email: Write Email uses it, and it is shown first</source>
        <translation>E-mail préféré&#xa0;: «&#xa0;Écrire un e-mail&#xa0;» l’utilise, et il est affiché en premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred phone: Call uses it, and it is shown first</source>
        <translation>Téléphone préféré&#xa0;: «&#xa0;Appeler&#xa0;» l’utilise, et il est affiché en premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the address you write to first. Write Email and the detail panel use it, and it stays first in every list and export.</source>
        <translation>Marquez l’adresse à laquelle vous écrivez d’abord. «&#xa0;Écrire un e-mail&#xa0;» et le panneau de détails l’utilisent, et elle reste en tête de chaque liste et de chaque export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the number you call first. Call and the detail panel use it, and it stays first in every list and export.</source>
        <translation>Marquez le numéro que vous appelez d’abord. «&#xa0;Appeler&#xa0;» et le panneau de détails l’utilisent, et il reste en tête de chaque liste et de chaque export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred email</source>
        <translation>E-mail préféré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferred phone</source>
        <translation>Téléphone préféré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What kind of address this is</source>
        <translation>Le type de cette adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What kind of number this is</source>
        <translation>Le type de ce numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work, Home, Mobile or Other: shown beside the value in the detail panel when the client has more than one, and kept in exports and vCards.</source>
        <translation>Travail, Domicile, Mobile ou Autre&#xa0;: affiché à côté de la valeur dans le panneau de détails quand le client en a plusieurs, et conservé dans les exports et les vCards.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email label</source>
        <translation>Étiquette de l’e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone label</source>
        <translation>Étiquette du téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The client&apos;s email address</source>
        <translation>L’adresse e-mail du client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The client&apos;s phone number</source>
        <translation>Le numéro de téléphone du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address you write to. In the detail panel it becomes a link that starts an email in your mail program.</source>
        <translation>L’adresse à laquelle vous écrivez. Dans le panneau de détails, elle devient un lien qui commence un e-mail dans votre messagerie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number you call. In the detail panel it becomes a link that calls it through your phone app.</source>
        <translation>Le numéro que vous appelez. Dans le panneau de détails, il devient un lien qui l’appelle avec votre application de téléphone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove this email address</source>
        <translation>Retirer cette adresse e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this phone number</source>
        <translation>Retirer ce numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes this address from the client. If it was the preferred one, the next address becomes preferred. Undo brings it back.</source>
        <translation>Retire cette adresse du client. Si c’était la préférée, l’adresse suivante devient la préférée. «&#xa0;Annuler&#xa0;» la rétablit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes this number from the client. If it was the preferred one, the next number becomes preferred. Undo brings it back.</source>
        <translation>Retire ce numéro du client. Si c’était le préféré, le numéro suivant devient le préféré. «&#xa0;Annuler&#xa0;» le rétablit.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/csv.cpp" line="+152"/>
        <source>line %1: unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>ligne %1&#xa0;: texte inattendu après un guillemet fermant&#xa0;; un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1: a quoted field is never closed</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../ui/dashboarddialog.cpp" line="+102"/>
        <source>Select %1 in the main window</source>
        <translation>Sélectionner %1 dans la fenêtre principale</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only clients in lapse, due for contact, or with a move for the worse to look at</source>
        <translation>Afficher seulement les clients en interruption de contact, à contacter ou avec une dégradation à examiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every client in the list again</source>
        <translation>Afficher de nouveau tous les clients dans la liste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only the promoters (9 or 10) in the list</source>
        <translation>N’afficher que les promoteurs (9 ou 10) dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the passives (7 or 8) in the list</source>
        <translation>N’afficher que les passifs (7 ou 8) dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the detractors (0 to 6) in the list</source>
        <translation>N’afficher que les détracteurs (0 à 6) dans la liste</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+290"/>
        <source>In lapse</source>
        <translation>Contact interrompu</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Due for contact</source>
        <translation>Contact à prévoir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty ladder</source>
        <translation>Échelle de fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship stages</source>
        <translation>Étapes de la relation</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account owner</source>
        <translation>Responsable du compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need attention</source>
        <translation>Demandent de l&apos;attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per account owner</source>
        <translation>Par responsable du compte</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1: %2. Click to show them in the list.</source>
        <translation>%1&#xa0;: %2. Cliquez pour les afficher dans la liste.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Unlikely to buy again</source>
        <translation>Peu susceptible de racheter</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Apostles %1 · Terrorists %2</source>
        <translation>Apôtres %1 · Terroristes %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention: %1</source>
        <translation>Attention requise&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answered: %1 of %2</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answers yet: ask &quot;How likely are you to recommend us?&quot; and note the answer in a client&apos;s Relationship tab.</source>
        <translation>Pas encore de réponse&#xa0;: demandez «&#xa0;Quelle est la probabilité que vous nous recommandiez&#xa0;?&#xa0;» et notez la réponse dans l’onglet Relation du client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promoters: %1</source>
        <translation>Promoteurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passives: %1</source>
        <translation>Passifs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors: %1</source>
        <translation>Détracteurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue, unusually silent, or not answering</source>
        <translation>En retard, inhabituellement silencieux ou sans réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past their ideal time between contacts</source>
        <translation>Au-delà de l’intervalle idéal entre deux contacts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Satisfied, but not loyal: %1</source>
        <translation>Satisfaits, mais pas fidèles&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-degree clients: %1</source>
        <translation>Clients du troisième degré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <location line="-428"/>
        <location line="+92"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Saying &quot;fine&quot; is not the same as coming back: most clients who leave had called themselves satisfied. These are satisfied but unlikely to buy again, or satisfied and in lapse.</source>
        <translation>Dire «&#xa0;ça va&#xa0;» ne veut pas dire revenir&#xa0;: la plupart des clients qui partent se disaient satisfaits. Ceux-ci sont satisfaits mais peu susceptibles de racheter, ou satisfaits mais en interruption de contact.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>They want exactly what they ask for and blame you for the results. Consider whether to keep them.</source>
        <translation>Ils veulent exactement ce qu&apos;ils demandent et vous reprochent les résultats. Demandez-vous s&apos;il faut les garder.</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Nobody in this trap right now.</source>
        <translation>Personne dans ce piège pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No third-degree clients.</source>
        <translation>Aucun client du troisième degré.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/database.cpp" line="+95"/>
        <source>%1 is a folder, not a Rapport database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données Rapport.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1. Choose a location you can write to.</source>
        <translation>Impossible de créer le dossier %1. Choisissez un emplacement où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1: %2. Choose a location you can write to.</source>
        <translation>Impossible de créer %1&#xa0;: %2. Choisissez un emplacement où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not have permission to read %1.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de lire %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is in use by another program. Close it there, or open another file.</source>
        <translation>%1 est utilisé par un autre programme. Fermez-le dans ce programme ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Rapport database (or is damaged beyond reading). It was left untouched.</source>
        <translation>%1 n&apos;est pas une base de données Rapport (ou est trop endommagé pour être lu). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged (%2). It was left untouched; restore a backup or open another file.</source>
        <translation>%1 est endommagé (%2). Le fichier n&apos;a pas été modifié&#xa0;; restaurez une sauvegarde ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Rapport database. It was left untouched.</source>
        <translation>%1 n&apos;est pas une base de données Rapport. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 was saved by a newer version of Rapport. Update Rapport to open it; the file was left untouched.</source>
        <translation>%1 a été enregistré par une version plus récente de Rapport. Mettez Rapport à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs to be upgraded but is read-only. Make it writable, or open a copy.</source>
        <translation>%1 doit être mis à niveau mais est en lecture seule. Rendez-le modifiable ou ouvrez une copie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is a database of another program, not Rapport. It was left untouched.</source>
        <translation>%1 est une base de données d&apos;un autre programme, pas de Rapport. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+61"/>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cannot upgrade %1: the copy taken first could not be written (%2). Nothing was changed.</source>
        <translation>Impossible de mettre à niveau %1&#xa0;: la copie préalable n&apos;a pas pu être écrite (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This Rapport cannot connect to PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>Cette installation de Rapport ne peut pas se connecter aux serveurs PostgreSQL&#xa0;: le pilote PostgreSQL de Qt n’est pas installé (sous Debian, le paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No PostgreSQL server answers at %1. Check the address and port, and that the server is running (%2).</source>
        <translation>Aucun serveur PostgreSQL ne répond sur %1. Vérifiez l’adresse et le port, et que le serveur est en marche (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 asks for the password of %2. Enter it in File → Connect to Server…, or keep it in ~/.pgpass.</source>
        <translation>Le serveur sur %1 demande le mot de passe de %2. Saisissez-le dans Fichier → Se connecter à un serveur…, ou conservez-le dans ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 did not accept the user name %2 with that password.</source>
        <translation>Le serveur sur %1 n’a pas accepté le nom d’utilisateur %2 avec ce mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 has no database named %2. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Le serveur sur %1 n’a pas de base de données nommée %2. Vérifiez le nom, ou demandez à l’administrateur du serveur de la créer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not connect to %2. Ask the server&apos;s administrator for access.</source>
        <translation>%1 n’a pas le droit de se connecter à %2. Demandez l’accès à l’administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was set up by a newer version of Rapport. Update Rapport to use it; nothing was changed.</source>
        <translation>Une version plus récente de Rapport a créé %1. Mettez Rapport à jour pour l’utiliser&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 holds tables of another program, not Rapport. Nothing was changed; use an empty database.</source>
        <translation>%1 contient les tables d’un autre programme, pas de Rapport. Rien n’a été modifié&#xa0;; utilisez une base de données vide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>Impossible de mettre à niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 may not create Rapport&apos;s tables in %2. Ask the server&apos;s administrator to let the database&apos;s owner connect once first, or to grant the right to create tables.</source>
        <translation>%1 n’a pas le droit de créer les tables de Rapport dans %2. Demandez à l’administrateur du serveur de laisser d’abord le propriétaire de la base de données s’y connecter une fois, ou d’accorder le droit de créer des tables.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot upgrade %1 to the current version: %2</source>
        <translation>Impossible de mettre %1 à niveau vers la version actuelle&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no database is open</source>
        <translation>aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not %1: %2 is read-only. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: %2 est en lecture seule. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: another program is using %2. Nothing was changed; try again in a moment.</source>
        <translation>Échec de %1&#xa0;: un autre programme utilise %2. Rien n&apos;a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Échec de %1&#xa0;: le disque est plein. Rien n&apos;a été modifié&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: %2 is damaged. Nothing was changed; restore a backup.</source>
        <translation>Échec de %1&#xa0;: %2 est endommagé. Rien n&apos;a été modifié&#xa0;; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the values are not allowed (%2). Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: les valeurs ne sont pas autorisées (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: %2 may not change %3. Nothing was changed; ask the server&apos;s administrator for the right.</source>
        <translation>Échec de %1&#xa0;: %2 n’a pas le droit de modifier %3. Rien n’a été modifié&#xa0;; demandez ce droit à l’administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not %1: the connection to %2 was lost. Nothing was changed; try again when the server is back.</source>
        <translation>Échec de %1&#xa0;: la connexion à %2 a été perdue. Rien n’a été modifié&#xa0;; réessayez quand le serveur sera de nouveau disponible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: someone else changed the same data at the same moment. Nothing was changed; try again.</source>
        <translation>Échec de %1&#xa0;: quelqu’un d’autre a modifié les mêmes données au même moment. Rien n’a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: %2. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/databasecopy.cpp" line="+102"/>
        <source>the table %1 differs between the two databases</source>
        <translation>la table %1 diffère entre les deux bases de données</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>no database is open</source>
        <translation>aucune base de données n’est ouverte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already holds clients or settings; copy only into an empty database</source>
        <translation>%1 contient déjà des clients ou des réglages&#xa0;; copiez uniquement dans une base de données vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 exists already</source>
        <translation>%1 existe déjà</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <location filename="../core/databaselocation.cpp" line="+53"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a server address Rapport understands (%2). Write it as postgresql://user@host:5432/database.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur que Rapport comprend (%2). Écrivez-la sous la forme postgresql://utilisateur@serveur:5432/base.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de port.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 as %3</source>
        <translation>%1 sur %2 en tant que %3</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../ui/datetext.cpp" line="+30"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message numerus="yes">
        <location filename="../ui/exportscopedialog.cpp" line="+17"/>
        <source>&amp;All clients (%n)</source>
        <translation>
            <numerusform>&amp;Tous les clients (%n)</numerusform>
            <numerusform>&amp;Tous les clients (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clients do you want to export?</source>
        <translation>Quels clients voulez-vous exporter&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The clients &amp;shown in the list (%n)</source>
        <translation>
            <numerusform>Le client affiché dans la &amp;liste (%n)</numerusform>
            <numerusform>Les clients affichés dans la &amp;liste (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The s&amp;elected clients (%n)</source>
        <translation>
            <numerusform>Le client &amp;sélectionné (%n)</numerusform>
            <numerusform>Les clients &amp;sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only the clients &amp;of:</source>
        <translation>Seulement les clients &amp;de :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account owner</source>
        <translation>Responsable du compte</translation>
    </message>
</context>
<context>
    <name>FollowUpCalendar</name>
    <message>
        <location filename="../core/followupcalendar.cpp" line="+57"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact %1</source>
        <translation>Contacter %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number %1 of %2 on Rapport&apos;s follow-up list.</source>
        <translation>Numéro %1 sur %2 de la liste de suivi de Rapport.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rapport follow-ups</source>
        <translation>Suivis Rapport</translation>
    </message>
</context>
<context>
    <name>FollowUpPlanner</name>
    <message numerus="yes">
        <location filename="../core/followupplanner.cpp" line="+139"/>
        <source>no answer to %n attempt(s) since %1</source>
        <translation>
            <numerusform>pas de réponse à %n tentative depuis le %1</numerusform>
            <numerusform>pas de réponse à %n tentatives depuis le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>due for contact: %n day(s) since the last one</source>
        <translation>
            <numerusform>contact à prévoir&#xa0;: %n jour depuis le dernier</numerusform>
            <numerusform>contact à prévoir&#xa0;: %n jours depuis le dernier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>silent for %1 days, usually in touch every %n day(s)</source>
        <translation>
            <numerusform>silence depuis %1 jours, intervalle habituel&#xa0;: %n jour</numerusform>
            <numerusform>silence depuis %1 jours, intervalle habituel&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>needs contact at least every %n day(s)</source>
        <translation>
            <numerusform>a besoin d’un contact au moins tous les %n jour</numerusform>
            <numerusform>a besoin d’un contact au moins tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>due for a first contact</source>
        <translation>premier contact à prévoir</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>moved %1 → %2 on %3</source>
        <translation>passé de %1 → %2 le %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worsening over the last 90 days</source>
        <translation>en dégradation sur les 90 derniers jours</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>free to leave from %1</source>
        <translation>libre de partir à partir du %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>third-degree client: wants exactly what they ask for and blames you for the results</source>
        <translation>client du troisième degré&#xa0;: veut exactement ce qu&apos;il demande et vous reproche les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the Toxic rung: takes more than they give</source>
        <translation>à l&apos;échelon Toxique&#xa0;: prend plus qu&apos;il ne donne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the Terrorist corner: may be warning others off</source>
        <translation>dans le coin des Terroristes&#xa0;: dissuade peut-être d&apos;autres clients</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Weakest: %1. %2</source>
        <translation>Point le plus faible&#xa0;: %1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consider parting ways: explain plainly what you can and cannot do for them, and recommend someone better suited if they want more.</source>
        <translation>Envisagez de vous séparer&#xa0;: expliquez clairement ce que vous pouvez faire pour lui et ce que vous ne pouvez pas faire, et recommandez quelqu&apos;un de plus adapté s&apos;il en veut davantage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send one short, friendly message asking whether they want to carry on; if it stays unanswered, close the relationship politely and stop chasing.</source>
        <translation>Envoyez un message court et aimable pour demander s&apos;il souhaite continuer&#xa0;; sans réponse, mettez fin poliment à la relation et cessez de relancer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call rather than email.</source>
        <translation>Appelez plutôt qu’écrire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk this week, listen without defending, and offer one concrete fix; if it cannot be put right, end it on good terms before it costs you more.</source>
        <translation>Parlez-lui cette semaine, écoutez sans vous justifier et proposez une solution concrète&#xa0;; si rien ne peut être rattrapé, séparez-vous en bons termes avant que cela ne vous coûte davantage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book one frank meeting to learn what went wrong, then decide: fix it with a clear plan, or part ways politely.</source>
        <translation>Fixez un rendez-vous franc pour comprendre ce qui n&apos;a pas fonctionné, puis décidez&#xa0;: corriger avec un plan clair, ou vous séparer poliment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask plainly what would make them happier and commit to one change with a date; consider a fresh person on the account.</source>
        <translation>Demandez franchement ce qui le rendrait plus satisfait et engagez-vous sur un changement daté&#xa0;; envisagez de confier ce client à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in on their next need and restate what is included and what is extra, in writing, before prices come up.</source>
        <translation>Renseignez-vous sur son prochain besoin et rappelez par écrit ce qui est inclus et ce qui est en supplément, avant que la question du prix ne se pose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short check-in: thank them, ask how things are going, and ask who else might benefit from working with you.</source>
        <translation>Un petit point&#xa0;: remerciez-le, demandez comment ça se passe et qui d&apos;autre pourrait profiter de travailler avec vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them personally and ask for a testimonial or an introduction.</source>
        <translation>Remerciez-le personnellement et demandez un témoignage ou une mise en relation.</translation>
    </message>
</context>
<context>
    <name>FollowUpReport</name>
    <message>
        <location filename="../ui/followupreport.cpp" line="+48"/>
        <source>never contacted</source>
        <translation>jamais contacté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never contacted; added %1</source>
        <translation>jamais contacté&#xa0;; ajouté le %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+257"/>
        <source>Follow-up report</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>%1: follow-up report</source>
        <translation>%1&#xa0;: rapport de suivi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As of %1</source>
        <translation>Situation au %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the clients of %1 (account owner).</source>
        <translation>Seulement les clients de %1 (responsable du compte).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n client(s):</source>
        <translation>
            <numerusform>%n client&#xa0;:</numerusform>
            <numerusform>%n clients&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apostles %1 · Terrorists %2.</source>
        <translation>Apôtres %1 · Terroristes %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In lapse: %1; due for contact: %2.</source>
        <translation>Contact interrompu&#xa0;: %1&#xa0;; contact à prévoir&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this list: %1; not due this week: %2.</source>
        <translation>Sur cette liste&#xa0;: %1&#xa0;; rien à faire cette semaine&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>NPS %1 (%n answer(s)).</source>
        <translation>
            <numerusform>NPS %1 (%n réponse).</numerusform>
            <numerusform>NPS %1 (%n réponses).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS: no answers yet.</source>
        <translation>NPS&#xa0;: pas encore de réponse.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Apostles</source>
        <translation>Apôtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terrorists</source>
        <translation>Terroristes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody needs a follow-up this week: every client is within their contact interval.</source>
        <translation>Personne à relancer cette semaine&#xa0;: chaque client est dans son intervalle de contact.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Frameworks</name>
    <message>
        <location filename="../core/frameworks.cpp" line="+30"/>
        <location line="+37"/>
        <location line="+115"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Terrorist</source>
        <translation>Terroriste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toxic</source>
        <translation>Toxique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer (buys now and then)</source>
        <translation>Client occasionnel (achète de temps à autre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client (buys regularly)</source>
        <translation>Client régulier (achète régulièrement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supporter</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Courting</source>
        <translation>Séduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuation</source>
        <translation>Continuité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convergence</source>
        <translation>Convergence</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactivity</source>
        <translation>Proactivité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savvy</source>
        <translation>Compréhension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chemistry</source>
        <translation>Affinité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do exactly what you said, when you said it, and say so; confirm the next promise in writing.</source>
        <translation>Faites exactement ce que vous avez dit, quand vous l&apos;avez dit, et faites-le savoir&#xa0;; confirmez la prochaine promesse par écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the result, not the effort: share a short summary of what was delivered and what it achieved.</source>
        <translation>Montrez le résultat, pas l&apos;effort&#xa0;: partagez un court résumé de ce qui a été livré et de ce que cela a apporté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make them feel valued: a personal call from you, not a template, and remember what matters to them.</source>
        <translation>Montrez-lui qu&apos;il compte&#xa0;: un appel personnel de votre part, pas un modèle, et retenez ce qui lui importe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn them before they find out: send a heads-up on risks, deadlines or changes that affect them.</source>
        <translation>Prévenez-le avant qu&apos;il ne le découvre&#xa0;: signalez à l&apos;avance les risques, échéances ou changements qui le concernent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learn their world: ask about their goals for the year and link your next proposal to them.</source>
        <translation>Apprenez à connaître son univers&#xa0;: interrogez-le sur ses objectifs de l&apos;année et reliez-y votre prochaine proposition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend time outside the transaction: a coffee or a visit, or a different person on the account.</source>
        <translation>Passez du temps en dehors des affaires&#xa0;: un café ou une visite, ou un autre interlocuteur pour ce client.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contract</source>
        <translation>Un contrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost of switching</source>
        <translation>Le coût d&apos;un changement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alternative</source>
        <translation>Aucune alternative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Habit</source>
        <translation>L&apos;habitude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>First degree: we deliver what they need</source>
        <translation>Premier degré&#xa0;: nous livrons ce dont il a besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second degree: we deliver what they want, and suggest what they need</source>
        <translation>Deuxième degré&#xa0;: nous livrons ce qu&apos;il veut et suggérons ce dont il a besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Third degree: exactly what they want, and they blame us for the results</source>
        <translation>Troisième degré&#xa0;: exactement ce qu&apos;il veut, et il nous reproche les résultats</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detractor</source>
        <translation>Détracteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passive</source>
        <translation>Passif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promoter</source>
        <translation>Promoteur</translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <location filename="../ui/handbookdialog.cpp" line="+21"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport Handbook</source>
        <translation>Manuel de Rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous place in the handbook</source>
        <translation>Revenir à l’endroit précédent du manuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward again</source>
        <translation>Avancer de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start of the handbook, with its list of contents</source>
        <translation>Le début du manuel, avec son sommaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find in the handbook</source>
        <translation>Chercher dans le manuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a word; Enter finds the next place it appears</source>
        <translation>Tapez un mot&#xa0;; Entrée trouve l’endroit suivant où il apparaît</translation>
    </message>
</context>
<context>
    <name>ImapAccount</name>
    <message>
        <location filename="../core/imapmailbox.cpp" line="+198"/>
        <source>Write the mail account as imaps://user@server/INBOX.</source>
        <translation>Écrivez le compte de messagerie sous la forme imaps://utilisateur@serveur/INBOX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>The mail account address has characters that cannot be in it.</source>
        <translation>L’adresse du compte de messagerie contient des caractères qui ne peuvent pas y figurer.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The port of the mail account must be a number from 1 to 65535.</source>
        <translation>Le port du compte de messagerie doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Leave the password out of the mail account address: Rapport asks for it and keeps it in the keyring.</source>
        <translation>Ne mettez pas le mot de passe dans l’adresse du compte de messagerie&#xa0;: Rapport le demande et le garde dans le trousseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mail account address has no user name: write it as imaps://user@server/INBOX.</source>
        <translation>L’adresse du compte de messagerie n’a pas de nom d’utilisateur&#xa0;: écrivez-la sous la forme imaps://utilisateur@serveur/INBOX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail account address has no server name: write it as imaps://user@server/INBOX.</source>
        <translation>L’adresse du compte de messagerie n’a pas de nom de serveur&#xa0;: écrivez-la sous la forme imaps://utilisateur@serveur/INBOX.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2@%3</source>
        <translation>%1 de %2@%3</translation>
    </message>
</context>
<context>
    <name>ImapMailbox</name>
    <message>
        <location line="+35"/>
        <source>The mail server %1 did not answer for %2 seconds: it may be down or busy, try again later.</source>
        <translation>Le serveur de messagerie %1 n’a pas répondu pendant %2 secondes&#xa0;: il est peut-être arrêté ou surchargé, réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The mail account has no server name.</source>
        <translation>Le compte de messagerie n’a pas de nom de serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport reads mail from %1 only over an encrypted connection: choose TLS or STARTTLS.</source>
        <translation>Rapport ne lit le courrier de %1 que par une connexion chiffrée&#xa0;: choisissez TLS ou STARTTLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trusted certificate file %1 cannot be read.</source>
        <translation>Le fichier de certificat de confiance %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source>There is not enough memory to read mail.</source>
        <translation>Il n’y a pas assez de mémoire pour lire le courrier.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cannot reach the mail server %1 on port %2: check the server name and port, and that this computer is online.</source>
        <translation>Impossible de joindre le serveur de messagerie %1 sur le port %2&#xa0;: vérifiez le nom du serveur et le port, et que cet ordinateur est en ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server %1 did not start a secure connection on port %2: check the port and the security setting.</source>
        <translation>Le serveur de messagerie %1 n’a pas établi de connexion sécurisée sur le port %2&#xa0;: vérifiez le port et le réglage de chiffrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server %1 does not accept connections now.</source>
        <translation>Le serveur de messagerie %1 n’accepte pas de connexion pour le moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server %1 on port %2 did not answer as an IMAP server: check the port and the security setting.</source>
        <translation>Le serveur de messagerie %1 n’a pas répondu comme un serveur IMAP sur le port %2&#xa0;: vérifiez le port et le réglage de chiffrement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mail server %1 does not offer STARTTLS on port %2: choose TLS (port 993) instead.</source>
        <translation>Le serveur de messagerie %1 ne propose pas STARTTLS sur le port %2&#xa0;: choisissez plutôt TLS (port 993).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server %1 did not start a secure connection with STARTTLS on port %2.</source>
        <translation>Le serveur de messagerie %1 n’a pas établi de connexion sécurisée avec STARTTLS sur le port %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The mail server %1 sent no certificate, so it cannot be trusted.</source>
        <translation>Le serveur de messagerie %1 n’a envoyé aucun certificat&#xa0;; on ne peut donc pas lui faire confiance.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trusted certificate file %1 holds no certificate in PEM form.</source>
        <translation>Le fichier de certificat de confiance %1 ne contient aucun certificat au format PEM.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, SHA-256 fingerprint %2</source>
        <translation>%1, empreinte SHA-256 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of mail server %1 could not be checked (%2).</source>
        <translation>Le certificat du serveur de messagerie %1 n’a pas pu être vérifié (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of mail server %1 is not trusted: it is self-signed (%2). If this is your own server, choose its certificate as trusted.</source>
        <translation>Le certificat du serveur de messagerie %1 n’est pas reconnu&#xa0;: il est autosigné (%2). S’il s’agit de votre propre serveur, choisissez son certificat comme certificat de confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of mail server %1 is not trusted: it was not issued by an authority this computer trusts (%2).</source>
        <translation>Le certificat du serveur de messagerie %1 n’est pas reconnu&#xa0;: il n’a pas été délivré par une autorité à laquelle cet ordinateur fait confiance (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of mail server %1 expired on %2 (%3).</source>
        <translation>Le certificat du serveur de messagerie %1 a expiré le %2 (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of mail server %1 is not valid before %2 (%3): check this computer&apos;s date.</source>
        <translation>Le certificat du serveur de messagerie %1 n’est pas valable avant le %2 (%3)&#xa0;: vérifiez la date de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of mail server %1 is for another server (%2).</source>
        <translation>Le certificat du serveur de messagerie %1 est celui d’un autre serveur (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of mail server %1 has been revoked (%2).</source>
        <translation>Le certificat du serveur de messagerie %1 a été révoqué (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of mail server %1 is not valid (%2).</source>
        <translation>Le certificat du serveur de messagerie %1 n’est pas valable (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server %1 refused the login of %2: check the user name and password.</source>
        <translation>Le serveur de messagerie %1 a refusé la connexion de %2&#xa0;: vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to mail server %1 was lost while logging in.</source>
        <translation>La connexion au serveur de messagerie %1 a été perdue pendant l’identification.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no mailbox &quot;%1&quot; on mail server %2 for %3.</source>
        <translation>Il n’y a pas de boîte «&#xa0;%1&#xa0;» sur le serveur de messagerie %2 pour %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to mail server %1 was lost while opening the mailbox &quot;%2&quot;.</source>
        <translation>La connexion au serveur de messagerie %1 a été perdue à l’ouverture de la boîte «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connection to mail server %1 was lost while listing the messages of &quot;%2&quot;.</source>
        <translation>La connexion au serveur de messagerie %1 a été perdue pendant la liste des messages de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading mail from %1 was cancelled.</source>
        <translation>La lecture du courrier de %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connection to mail server %1 was lost while reading the messages of &quot;%2&quot;.</source>
        <translation>La connexion au serveur de messagerie %1 a été perdue pendant la lecture des messages de «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="+61"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the stored client</source>
        <translation>Mettre à jour le client enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import %1</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Import column %1 as</source>
        <translation>Importer la colonne %1 comme</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+44"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already stored</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Rows that cannot be imported</source>
        <translation>Lignes impossibles à importer</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+134"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file is the one you meant and that its letters look right.</source>
        <translation>Vérifiez que c’est bien le fichier voulu et que ses lettres s’affichent correctement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, little-endian (Outlook, Windows &quot;Unicode text&quot;)</source>
        <translation>UTF-16, petit-boutiste (Outlook, «&#xa0;texte Unicode&#xa0;» de Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, gros-boutiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European, older spreadsheets)</source>
        <translation>Windows-1252 (Europe de l’Ouest, anciens tableurs)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised as:</source>
        <translation>Reconnu comme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first lines of the file:</source>
        <translation>Les premières lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what each column of the file becomes, and the scale its scores are on.</source>
        <translation>Choisissez ce que devient chaque colonne du fichier et l’échelle de ses notes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Satisfaction scale in the file:</source>
        <translation>Échelle de &amp;satisfaction dans le fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repurchase scale:</source>
        <translation>Échelle de &amp;rachat&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rows as they will be stored, and the rows that cannot be imported.</source>
        <translation>Les lignes telles qu’elles seront enregistrées, et celles qui ne peuvent pas être importées.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clients already stored</source>
        <translation>Clients déjà enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These clients of the file seem to be stored already (same email, or same name and company). Choose for each what to do.</source>
        <translation>Ces clients du fichier semblent déjà enregistrés (même e-mail, ou même nom et même entreprise). Choisissez pour chacun ce qu’il faut faire.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;For all of them:</source>
        <translation>&amp;Pour tous&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import writes all of this at once, or nothing if anything goes wrong. One Undo takes it back.</source>
        <translation>L’importation écrit tout ceci en une fois, ou rien si quelque chose échoue. Une seule annulation la défait.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What Import does</source>
        <translation>Ce que fait l’importation</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file is not UTF-8 text, so it is read as Windows-1252. If letters such as é or ü look wrong below, choose another encoding.</source>
        <translation>Ce fichier n’est pas du texte UTF-8&#xa0;: il est lu en Windows-1252. Si des lettres comme é ou ü s’affichent mal ci-dessous, choisissez un autre encodage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the good rows and skip the bad ones: they are written, with their line and reason, to %1 beside the file.</source>
        <translation>Importer les bonnes lignes et ignorer les mauvaises&#xa0;: elles sont écrites, avec leur ligne et leur motif, dans %1 à côté du fichier.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>What to do with line %1</source>
        <translation>Que faire de la ligne %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every row that can be imported (%1), as it will be stored:</source>
        <translation>Chaque ligne importable (%1), telle qu’elle sera enregistrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first %1 of %2 rows that can be imported, as they will be stored:</source>
        <translation>Les %1 premières des %2 lignes importables, telles qu’elles seront enregistrées&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>No name in the file for %n contact(s): named after their email or phone, shown in italics.</source>
        <translation>
            <numerusform>Pas de nom dans le fichier pour %n contact&#xa0;: nommé d’après son e-mail ou son téléphone, affiché en italique.</numerusform>
            <numerusform>Pas de nom dans le fichier pour %n contacts&#xa0;: nommés d’après leur e-mail ou leur téléphone, affichés en italique.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repurchase</source>
        <translation>Réachat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No name in the file: named after its email or phone. You can rename the client after the import.</source>
        <translation>Pas de nom dans le fichier&#xa0;: nommé d’après son e-mail ou son téléphone. Vous pourrez renommer le client après l’importation.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n row(s) cannot be imported. Correct them in the file (or change the columns) and import again, or skip them; nothing has been written.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée. Corrigez-la dans le fichier (ou changez les colonnes) et importez de nouveau, ou ignorez-la&#xa0;; rien n’a été écrit.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées. Corrigez-les dans le fichier (ou changez les colonnes) et importez de nouveau, ou ignorez-les&#xa0;; rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interactions to log: %1</source>
        <translation>Interactions à noter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New clients: %1</source>
        <translation>Nouveaux clients&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored clients updated: %1</source>
        <translation>Clients enregistrés mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already stored and skipped: %1</source>
        <translation>Déjà enregistrés et ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bad rows skipped: %1, written with their line and reason to %2</source>
        <translation>Lignes erronées ignorées&#xa0;: %1, écrites avec leur ligne et leur motif dans %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is nothing to import.</source>
        <translation>Il n’y a rien à importer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Logs: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adds a new client</source>
        <translation>Ajoute un nouveau client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing: already stored as %1</source>
        <translation>Rien&#xa0;: déjà enregistré sous %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates the stored client %1</source>
        <translation>Met à jour le client enregistré %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds a new client beside the stored %1</source>
        <translation>Ajoute un nouveau client à côté de %1 déjà enregistré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skips the row (%1); it goes to %2</source>
        <translation>Ignore la ligne (%1)&#xa0;; elle va dans %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and %1 more rows, not listed here</source>
        <translation>… et %1 lignes de plus, non listées ici</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1. Nothing was imported. Make room for that file, or go back and import without skipping the bad rows.</source>
        <translation>%1. Rien n’a été importé. Libérez de la place pour ce fichier, ou revenez en arrière et importez sans ignorer les lignes erronées.</translation>
    </message>
</context>
<context>
    <name>ImportDropTarget</name>
    <message>
        <location filename="../ui/importdroptarget.cpp" line="+75"/>
        <source>dropped contacts %1.vcf</source>
        <translation>contacts déposés %1.vcf</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../ui/interactiondialog.cpp" line="+14"/>
        <source>Interaction with %1</source>
        <translation>Interaction avec %1</translation>
    </message>
</context>
<context>
    <name>InteractionForm</name>
    <message>
        <location filename="../ui/interactionform.cpp" line="+34"/>
        <source>What was said, what was agreed (Ctrl+Return logs it)</source>
        <translation>Ce qui a été dit, ce qui a été convenu (Ctrl+Entrée pour noter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hat:</source>
        <translation>Q&amp;uoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of interaction</source>
        <translation>Type d&apos;interaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who reached out</source>
        <translation>Qui a pris contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened; now, unless you change it</source>
        <translation>Quand cela a eu lieu&#xa0;; maintenant, sauf si vous le changez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date and time of the contact. It follows the clock until you change it, so a contact logged as it happens needs no date; pick an earlier one for something you log later.</source>
        <translation>La date et l’heure du contact. Elles suivent l’horloge jusqu’à ce que vous les changiez&#xa0;: un contact noté sur le moment n’a donc pas besoin de date&#xa0;; choisissez-en une plus ancienne pour ce que vous notez après coup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting, call, email, message or other</source>
        <translation>Rendez-vous, appel, e-mail, message ou autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you were in touch: a meeting, a call, an email, a message or something else.</source>
        <translation>Comment vous avez été en contact&#xa0;: un rendez-vous, un appel, un e-mail, un message ou autre chose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who reached out: you or the client</source>
        <translation>Qui a pris contact&#xa0;: vous ou le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether you reached out to the client or the client reached out to you. A client who gets in touch always counts as a contact.</source>
        <translation>Si c’est vous qui avez contacté le client ou le client qui vous a contacté. Un client qui prend contact compte toujours comme un contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether you got an answer</source>
        <translation>Si vous avez eu une réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the client answered. Attempts that go unanswered are counted: after several in a row, Rapport marks the client as in lapse and suggests parting ways politely.</source>
        <translation>Si le client a répondu. Les tentatives sans réponse sont comptées&#xa0;: après plusieurs d’affilée, Rapport marque le client en interruption de contact et suggère de mettre fin poliment à la relation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note on what was said (Ctrl+Return logs it)</source>
        <translation>Une note sur ce qui a été dit (Ctrl+Entrée pour noter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and what was agreed, in your own words. Notes can be searched later with Edit → Search Notes…; Ctrl+Return logs the interaction.</source>
        <translation>Ce qui a été dit et ce qui a été convenu, avec vos propres mots. Les notes peuvent être retrouvées plus tard avec Édition → Rechercher dans les notes…&#xa0;; Ctrl+Entrée note l’interaction.</translation>
    </message>
</context>
<context>
    <name>InteractionText</name>
    <message>
        <location filename="../core/interaction.cpp" line="+16"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>we reached out</source>
        <translation>nous avons pris contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>they reached out</source>
        <translation>le client a pris contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered</source>
        <translation>avec réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>LapseRules</name>
    <message>
        <location filename="../core/lapserules.cpp" line="+106"/>
        <source>Contact intervals for %1 must be between 1 and %2 days.</source>
        <translation>Les intervalles de contact des %1 doivent être compris entre 1 et %2 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For %1, the longest gap (%2 days) cannot be shorter than the ideal one (%3 days).</source>
        <translation>Pour les %1, l&apos;intervalle maximal (%2 jours) ne peut pas être plus court que l&apos;intervalle idéal (%3 jours).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of unanswered attempts must be between 1 and 100.</source>
        <translation>Le nombre de tentatives sans réponse doit être compris entre 1 et 100.</translation>
    </message>
</context>
<context>
    <name>LapseRulesEditor</name>
    <message>
        <location filename="../ui/lapseruleseditor.cpp" line="+20"/>
        <source>How often should each segment hear from you? Past the ideal gap a client is due for contact; past the longest gap it is overdue. A client&apos;s own intervals, set in its details, take precedence.</source>
        <translation>À quelle fréquence chaque segment doit-il avoir de vos nouvelles&#xa0;? Au-delà de l&apos;intervalle idéal, un contact est à prévoir&#xa0;; au-delà de l&apos;intervalle maximal, il est en retard. Les intervalles propres à un client, définis dans ses détails, sont prioritaires.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ideal gap</source>
        <translation>Intervalle idéal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest gap</source>
        <translation>Intervalle maximal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ideal gap for %1</source>
        <translation>Intervalle idéal pour les %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest gap for %1</source>
        <translation>Intervalle maximal pour les %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> attempts</source>
        <translation> tentatives</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unanswered in a row before suggesting to part ways:</source>
        <translation>&amp;Sans réponse d&apos;affilée avant de suggérer une séparation&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>MailLog</name>
    <message>
        <location filename="../core/maillog.cpp" line="+262"/>
        <source>%1, %2 for %3, %4</source>
        <comment>a mail reading: messages read, emails logged, for how many clients, how many unanswered</comment>
        <translation>%1, %2 pour %3, %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n logged</source>
        <comment>emails</comment>
        <translation>
            <numerusform>%n consigné</numerusform>
            <numerusform>%n consignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n unanswered</source>
        <comment>emails</comment>
        <translation>
            <numerusform>%n sans réponse</numerusform>
            <numerusform>%n sans réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailSendersDialog</name>
    <message>
        <location filename="../ui/mailsendersdialog.cpp" line="+17"/>
        <source>New Clients from Mail</source>
        <translation>Nouveaux clients trouvés dans le courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These people wrote to you more than once but are not among your clients. Tick the ones to add as clients; their emails are logged when the mail is read again, which Rapport does at once.</source>
        <translation>Ces personnes vous ont écrit plus d’une fois mais ne font pas partie de vos clients. Cochez celles à ajouter comme clients&#xa0;; leurs e-mails sont consignés quand le courrier est relu, ce que Rapport fait aussitôt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n message(s), the last on %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n message, le dernier le %2</numerusform>
            <numerusform>%1&#xa0;: %n messages, le dernier le %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add as Clients</source>
        <translation>&amp;Ajouter comme clients</translation>
    </message>
</context>
<context>
    <name>MailboxReader</name>
    <message>
        <location filename="../core/mailboxreader.cpp" line="+156"/>
        <source>Rapport found no mail in “%1”: no mbox file, Maildir, .eml file or Thunderbird profile.</source>
        <translation>Rapport n’a trouvé aucun courrier dans «&#xa0;%1&#xa0;»&#xa0;: ni fichier mbox, ni Maildir, ni fichier .eml, ni profil Thunderbird.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no file or folder “%1”.</source>
        <translation>Il n’y a pas de fichier ni de dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rapport may not read “%1”: you do not have permission.</source>
        <translation>Rapport ne peut pas lire «&#xa0;%1&#xa0;»&#xa0;: vous n’en avez pas l’autorisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport could not read “%1”: %2.</source>
        <translation>Rapport n’a pas pu lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rapport may not open the folder “%1”: you do not have permission.</source>
        <translation>Rapport ne peut pas ouvrir le dossier «&#xa0;%1&#xa0;»&#xa0;: vous n’en avez pas l’autorisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport could not open the folder “%1”: %2.</source>
        <translation>Rapport n’a pas pu ouvrir le dossier «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+87"/>
        <source>No clients yet</source>
        <translation>Aucun client pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add your clients and place each one by how satisfied they are and how likely they are to buy again. Rapport then shows who needs your attention first.

Not ready yet? Load some sample clients to look around; you can undo it.</source>
        <translation>Ajoutez vos clients et placez chacun selon sa satisfaction et la probabilité qu&apos;il achète de nouveau. Rapport vous montre ensuite qui a besoin de votre attention en premier.

Pas encore prêt&#xa0;? Chargez quelques clients d&apos;exemple pour découvrir l&apos;application&#xa0;; vous pourrez annuler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a Client…</source>
        <translation>Ajouter un client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+987"/>
        <source>Load Sample Data</source>
        <translation>Charger des données d&apos;exemple</translation>
    </message>
    <message>
        <location line="-670"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Clients or Interactions…</source>
        <translation>&amp;Importer des clients ou des interactions…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport Clients as CSV…</source>
        <translation>E&amp;xporter les clients en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Interactions as CS&amp;V…</source>
        <translation>Exporter les interactions en CS&amp;V…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Follow-up Report…</source>
        <translation>I&amp;mprimer le rapport de suivi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Report as PDF…</source>
        <translation>Exporter le rapport en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Business Name…</source>
        <translation>Nom de l&apos;&amp;entreprise…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;Sample Data…</source>
        <translation>Char&amp;ger des données d&apos;exemple…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Client…</source>
        <translation>A&amp;jouter un client…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Client…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Client…</source>
        <translation>&amp;Supprimer le client…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log Interaction…</source>
        <translation>Noter une &amp;interaction…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search &amp;Notes…</source>
        <translation>Rechercher dans les &amp;notes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment &amp;Boundaries…</source>
        <translation>&amp;Limites des segments…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact Intervals…</source>
        <translation>Intervalles de &amp;contact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Tableau de bord…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour Dots By</source>
        <translation>&amp;Colorer les points par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;NPS Category</source>
        <translation>Catégorie &amp;NPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ladder &amp;Rung</source>
        <translation>Échelon de &amp;fidélité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+666"/>
        <source>follow-up %1 %2.pdf</source>
        <translation>suivi %1 %2.pdf</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Bad rows skipped: %1, written with their line and reason to %2.</source>
        <translation>Lignes erronées ignorées&#xa0;: %1, écrites avec leur ligne et leur motif dans %2.</translation>
    </message>
    <message>
        <location line="-731"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Add your first client (Ctrl+N)</source>
        <translation>Ajouter votre premier client (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add made-up clients to try Rapport out; Undo removes them</source>
        <translation>Ajouter des clients fictifs pour essayer Rapport&#xa0;; Annuler les retire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the first steps in the handbook</source>
        <translation>Lire les premiers pas dans le manuel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the handbook where it explains how to start (F1 opens it any time)</source>
        <translation>Ouvrir le manuel là où il explique comment commencer (F1 l’ouvre à tout moment)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops reading the mail; what was read is kept, and the next reading goes on from there.</source>
        <translation>Arrête la lecture du courrier&#xa0;; ce qui a été lu est gardé, et la prochaine lecture reprend à partir de là.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading mail: %1 messages, %2 left out</source>
        <translation>Lecture du courrier&#xa0;: %1 messages, %2 écartés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading mail: %1 messages</source>
        <translation>Lecture du courrier&#xa0;: %1 messages</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 had changed this client too: both changes are kept.</source>
        <translation>%1 avait aussi modifié ce client : les deux modifications sont gardées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected again; the changes made meanwhile are shown.</source>
        <translation>Reconnecté ; les modifications faites entre-temps sont affichées.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The calendar file was not updated. %1</source>
        <translation>Le fichier de calendrier n’a pas été mis à jour. %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>&amp;Write Email…</source>
        <translation>É&amp;crire un e-mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Call…</source>
        <translation>&amp;Appeler…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à &amp;un serveur…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read &amp;Mail…</source>
        <translation>Lire la &amp;boîte aux lettres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs the emails you exchanged with your clients as interactions, read from Thunderbird, a mail folder, an mbox file or an IMAP account: who wrote, who answered, and who went quiet. Only the headers are read; nothing is changed in the mailbox.</source>
        <translation>Consigne comme interactions les e-mails échangés avec vos clients, lus dans Thunderbird, un dossier de courrier, un fichier mbox ou un compte IMAP&#xa0;: qui a écrit, qui a répondu et qui ne donne plus de nouvelles. Seuls les en-têtes sont lus&#xa0;; rien ne change dans la boîte aux lettres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Clients as vCar&amp;d…</source>
        <translation>Exporter les c&amp;lients en vCard…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export C&amp;lient…</source>
        <translation>Exporter la fic&amp;he du client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Follow-ups as &amp;Calendar…</source>
        <translation>Exporter les suivis en &amp;calendrier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y to Server…</source>
        <translation>Co&amp;pier sur un serveur…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Erase &amp;Personal Data…</source>
        <translation>Effacer les données &amp;personnelles…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Colours the chart&apos;s dots by segment, by NPS category or by ladder rung, with a legend above the chart. The shape of a dot always tells its segment.</source>
        <translation>Colore les points du graphique par segment, par catégorie NPS ou par échelon de fidélité, avec une légende au-dessus du graphique. La forme d’un point indique toujours son segment.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rapport &amp;Handbook</source>
        <translation>&amp;Manuel de Rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Qu’est-ce que c’est&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Rapport</source>
        <translation>À &amp;propos de Rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a form for a new client: the name, how to reach them, and the two scores that place the client on the chart. Undo removes the client again.</source>
        <translation>Ouvre un formulaire pour un nouveau client&#xa0;: le nom, comment le joindre, et les deux évaluations qui placent le client sur le graphique. Annuler retire de nouveau le client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected client</source>
        <translation>Modifier le client sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the selected client in a window to change any of its fields. The Details tab under the chart edits the same fields in place.</source>
        <translation>Ouvre le client sélectionné dans une fenêtre pour en modifier n’importe quel champ. L’onglet Détails sous le graphique modifie les mêmes champs sur place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected clients</source>
        <translation>Supprimer les clients sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the clients selected in the list, with their interactions, after asking. Undo brings them back exactly as they were.</source>
        <translation>Supprime, après confirmation, les clients sélectionnés dans la liste avec leurs interactions. Annuler les fait revenir exactement comme ils étaient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save everything about the selected client in one file</source>
        <translation>Enregistrer tout ce qui concerne le client sélectionné dans un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes everything Rapport holds about the selected client into one JSON file: name, emails, phones, tags, notes, scores, every interaction with its note, every move on the chart and the relationship fields. Give it to a client who asks for their data.</source>
        <translation>Écrit tout ce que Rapport détient sur le client sélectionné dans un fichier JSON&#xa0;: nom, e-mails, téléphones, étiquettes, notes, scores, chaque interaction avec sa note, chaque déplacement sur le graphique et les champs de la relation. Remettez-le au client qui demande ses données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the name, contact details and notes of the selected client</source>
        <translation>Effacer le nom, les coordonnées et les notes du client sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erases what identifies the selected client: name, company, emails, phones, tags, notes and the notes of every interaction. The scores, the interactions themselves and the history stay, so your counts and the dashboard stay right. This cannot be undone, and it clears the undo history.</source>
        <translation>Efface ce qui identifie le client sélectionné&#xa0;: nom, entreprise, e-mails, téléphones, étiquettes, notes et les notes de chaque interaction. Les scores, les interactions elles-mêmes et l’historique restent, pour que vos comptes et le tableau de bord restent justes. C’est irréversible et l’historique d’annulation est vidé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a meeting, call or email with the selected client</source>
        <translation>Noter un rendez-vous, un appel ou un e-mail avec le client sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumps to the quick form under the chart, to note a meeting, call, email or message with the selected client. Logging contacts is how Rapport knows who is due.</source>
        <translation>Va au formulaire rapide sous le graphique, pour noter un rendez-vous, un appel, un e-mail ou un message avec le client sélectionné. C’est grâce aux contacts notés que Rapport sait qui recontacter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum up all clients</source>
        <translation>Résumer tous les clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens tiles and charts that sum up your clients: how many in each segment, your NPS, who is in lapse or due. Click a bar or a count to show exactly those clients in the list.</source>
        <translation>Ouvre des vignettes et des graphiques qui résument vos clients&#xa0;: combien dans chaque segment, votre NPS, qui est en interruption de contact ou à contacter. Cliquez sur une barre ou un nombre pour afficher exactement ces clients dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the follow-up report</source>
        <translation>Aperçu du rapport de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the follow-up report: every client to contact, most urgent first, with why and what to do. Print it from there and tick the clients off by hand.</source>
        <translation>Affiche le rapport de suivi&#xa0;: chaque client à contacter, les plus urgents d’abord, avec la raison et ce qu’il faut faire. Imprimez-le depuis cet aperçu et cochez les clients à la main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes back the last change: a move on the chart, an edit, an addition, a deletion, a logged interaction or a boundary change. The tooltip says what it takes back.</source>
        <translation>Annule la dernière modification&#xa0;: un déplacement sur le graphique, une modification, un ajout, une suppression, une interaction notée ou un changement de limite. L’infobulle indique ce qui sera annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does again what Undo took back.</source>
        <translation>Refait ce qu’Annuler a défait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+11"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No database is open. Use File → Open Database… or File → New Database…</source>
        <translation>Aucune base de données n&apos;est ouverte. Choisissez Fichier → Ouvrir une base de données… ou Fichier → Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>%1 – Rapport</source>
        <translation>%1 – Rapport</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection to %1 lost, retrying…</source>
        <translation>Connexion à %1 perdue, nouvel essai…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1, encrypted</source>
        <translation>Connecté à %1, chiffrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The password could not be kept in the keyring (%1); Rapport will ask for it again.</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau (%1)&#xa0;; Rapport le redemandera.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The latest automatic backup, from %1, is sound: %2</source>
        <translation>La dernière sauvegarde automatique, du %1, est intacte&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Open Database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore Latest Backup (%1)…</source>
        <translation>Restaurer la dernière sauvegarde (%1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Another File…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open or Create a Database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <location line="+455"/>
        <source>Rapport databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Rapport (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-569"/>
        <source>Restore Latest Backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the backup from %1 in the place of %2?

Changes made after the backup was taken are not in it. The damaged file is not deleted: it is kept as %3.</source>
        <translation>Mettre la sauvegarde du %1 à la place de %2&#xa0;?

Les modifications faites après la sauvegarde n&apos;y figurent pas. Le fichier endommagé n&apos;est pas supprimé&#xa0;: il est conservé sous %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored the backup from %1; the damaged file is kept as %2.</source>
        <translation>La sauvegarde du %1 a été restaurée&#xa0;; le fichier endommagé est conservé sous %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+530"/>
        <source>Rapport databases (*.sqlite *.db)</source>
        <translation>Bases de données Rapport (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="-526"/>
        <source>%1 already exists. Use Open Database to open it.</source>
        <translation>%1 existe déjà. Utilisez «&#xa0;Ouvrir une base de données&#xa0;» pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Copied %1 and %2 to %3.</source>
        <translation>%1 et %2 copiés vers %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy to Server</source>
        <translation>Copier sur un serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on the server from now on? %1 stays as it is; changes made there are not in the copy.</source>
        <translation>Travailler désormais sur le serveur&#xa0;? %1 reste tel quel&#xa0;; les modifications faites là-bas ne sont pas dans la copie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open on the Server</source>
        <translation>Ouvrir sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Working Here</source>
        <translation>Continuer ici</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete %1? Undo brings the client back.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Annuler fait revenir le client.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n clients? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %n client&#xa0;? Annuler le fait revenir.</numerusform>
            <numerusform>Supprimer %n clients&#xa0;? Annuler les fait revenir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Clients</source>
        <translation>Supprimer des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Client</source>
        <translation>Exporter la fiche du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported everything about %1 to %2.</source>
        <translation>Tout ce qui concerne %1 a été exporté dans %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erase Personal Data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the personal data of %1?

The name, company, emails, phones, tags and notes go, and so do the notes of every interaction. The scores, the interactions themselves and the history stay, so your counts stay right.

This cannot be undone. Undo history is cleared as well.</source>
        <translation>Effacer les données personnelles de %1&#xa0;?

Le nom, l’entreprise, les e-mails, les téléphones, les étiquettes et les notes disparaissent, ainsi que les notes de chaque interaction. Les scores, les interactions elles-mêmes et l’historique restent, pour que vos comptes restent justes.

C’est irréversible. L’historique d’annulation est vidé lui aussi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erased the personal data of %1. The undo history was cleared.</source>
        <translation>Les données personnelles de %1 ont été effacées. L’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many sample clients? They are added to this database; Undo removes them.</source>
        <translation>Combien de clients d&apos;exemple&#xa0;? Ils sont ajoutés à cette base de données&#xa0;; Annuler les retire.</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+6"/>
        <source>Follow-up Report</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Print Follow-up Report</source>
        <translation>Imprimer le rapport de suivi</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>follow-up %1.pdf</source>
        <translation>rapport de suivi %1.pdf</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Rapport (%n page) enregistré dans %1.</numerusform>
            <numerusform>Rapport (%n pages) enregistré dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Import Clients or Interactions</source>
        <translation>Importer des clients ou des interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts and clients (*.csv *.vcf *.vcard);;CSV files (*.csv);;vCards (*.vcf *.vcard);;All files (*)</source>
        <translation>Contacts et clients (*.csv *.vcf *.vcard);;Fichiers CSV (*.csv);;vCards (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Which clients should the report cover?</source>
        <translation>Quels clients le rapport doit-il couvrir ?</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>Export Clients</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/clients.csv</source>
        <translation>/clients.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>Exported %n client(s) to %1.</source>
        <translation>
            <numerusform>%n client exporté vers %1.</numerusform>
            <numerusform>%n clients exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Export Clients as vCard</source>
        <translation>Exporter les clients en vCard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/clients.vcf</source>
        <translation>/clients.vcf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCards (*.vcf)</source>
        <translation>vCards (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n client(s) as vCards to %1.</source>
        <translation>
            <numerusform>%n client exporté en vCard vers %1.</numerusform>
            <numerusform>%n clients exportés en vCards vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>follow-ups %1.ics</source>
        <translation>suivis %1.ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Follow-ups as Calendar</source>
        <translation>Exporter les suivis en calendrier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n follow-up(s) as calendar to-dos to %1.</source>
        <translation>
            <numerusform>%n suivi exporté en tâche de calendrier dans %1.</numerusform>
            <numerusform>%n suivis exportés en tâches de calendrier dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Interactions</source>
        <translation>Exporter les interactions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/interactions.csv</source>
        <translation>/interactions.csv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported the interactions to %1.</source>
        <translation>Interactions exportées vers %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back Up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another file than the database itself for the backup.</source>
        <translation>Choisissez pour la sauvegarde un autre fichier que la base de données elle-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all clients, interactions and settings with the backup %1?

What is there now is kept as %2. Undo cannot take a restore back.</source>
        <translation>Remplacer tous les clients, interactions et réglages par la sauvegarde %1&#xa0;?

Les données actuelles sont conservées sous %2. Annuler ne peut pas défaire une restauration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %1; the previous data is kept as %2.</source>
        <translation>%1 restauré&#xa0;; les données précédentes sont conservées sous %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1

The step stays in the undo history; undo it again once you have looked at the change.</source>
        <translation>%1

L&apos;étape reste dans l&apos;historique ; annulez-la de nouveau une fois que vous aurez regardé la modification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Rapport</source>
        <translation>À propos de Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Shows which clients need your attention first, and why: each client sits on a chart of satisfaction against likelihood to buy again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Montre quels clients ont besoin de votre attention en premier, et pourquoi&#xa0;: chaque client figure sur un graphique qui croise satisfaction et probabilité de réachat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rapport: cannot write the screenshot to %1
</source>
        <translation>rapport: impossible d&apos;écrire la capture d&apos;écran dans %1
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The password could not be kept in the keyring (%1).</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+25"/>
        <source>Read Mail</source>
        <translation>Lire la boîte aux lettres</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Reading mail…</source>
        <translation>Lecture du courrier…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1

What was read before is kept: %2.</source>
        <translation>%1

Ce qui a été lu avant est gardé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the mail was cancelled: %1.</source>
        <translation>La lecture du courrier a été annulée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <location filename="../ui/notesearchdialog.cpp" line="+27"/>
        <source>Search Notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words from a meeting note or call</source>
        <translation>Mots à chercher dans les notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The first %1 matches; add a word to narrow the search.</source>
        <translation>Les %1 premiers résultats&#xa0;; ajoutez un mot pour affiner la recherche.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es). Double-click one to open its client.</source>
        <translation>
            <numerusform>%n résultat. Double-cliquez dessus pour ouvrir son client.</numerusform>
            <numerusform>%n résultats. Double-cliquez sur l&apos;un d&apos;eux pour ouvrir son client.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresqlCopyIn</name>
    <message>
        <location filename="../core/postgresqlcopyin.cpp" line="+28"/>
        <source>not a PostgreSQL connection</source>
        <translation>ce n’est pas une connexion PostgreSQL</translation>
    </message>
</context>
<context>
    <name>QuadrantChartView</name>
    <message>
        <location filename="../ui/quadrantchartview.cpp" line="+72"/>
        <source>Client matrix</source>
        <translation>Matrice des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each client is a dot: satisfaction from left to right, likelihood to repurchase from bottom to top. Drag a dot or use the arrow keys to move the selected client; hold Shift for bigger steps. Esc cancels a drag.</source>
        <translation>Chaque client est un point&#xa0;: la satisfaction de gauche à droite, la probabilité de réachat de bas en haut. Faites glisser un point ou utilisez les flèches pour déplacer le client sélectionné&#xa0;; maintenez Maj pour avancer plus vite. Échap annule le déplacement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client matrix: drag a dot to move a client, a line to move a boundary</source>
        <translation>La matrice des clients&#xa0;: faites glisser un point pour déplacer un client, une ligne pour déplacer une limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Each dot is a client: satisfaction from left to right, likelihood to buy again from bottom to top. The quarter a dot falls in is its segment: Loyalists top right, Mercenaries bottom right, Hostages top left, Defectors bottom left; the hatched corners hold the Apostles and the Terrorists.&lt;/p&gt;&lt;p&gt;Click a dot to select the client; drag it, or use the arrow keys, to where the client stands now (Esc cancels). Drag a boundary line or a corner to change where the segments begin; every dot and the list follow.&lt;/p&gt;&lt;p&gt;When there are too many clients for dots, coloured cells show how many sit where, with a red disc for those in lapse; narrow the list to see the dots again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque point est un client&#xa0;: la satisfaction de gauche à droite, la probabilité de réachat de bas en haut. Le quart où tombe un point est son segment&#xa0;: les Fidèles en haut à droite, les Mercenaires en bas à droite, les Otages en haut à gauche, les Déserteurs en bas à gauche&#xa0;; les coins hachurés accueillent les Apôtres et les Terroristes.&lt;/p&gt;&lt;p&gt;Cliquez sur un point pour sélectionner le client&#xa0;; faites-le glisser, ou utilisez les flèches, jusqu’à la place où se trouve le client aujourd’hui (Échap annule). Faites glisser une ligne de limite ou un coin pour changer où commencent les segments&#xa0;; tous les points et la liste suivent.&lt;/p&gt;&lt;p&gt;Quand il y a trop de clients pour des points, des cases colorées montrent combien se trouvent à chaque endroit, avec un disque rouge pour ceux en interruption de contact&#xa0;; restreignez la liste pour revoir les points.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likelihood to repurchase</source>
        <translation>Probabilité de réachat</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Apostles</source>
        <translation>Apôtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terrorists</source>
        <translation>Terroristes</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Satisfaction boundary %1</source>
        <translation>Limite de satisfaction %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repurchase boundary %1</source>
        <translation>Limite de rachat %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apostles: both scores %1 or more</source>
        <translation>Apôtres&#xa0;: les deux notes à %1 ou plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terrorists: both scores %1 or less</source>
        <translation>Terroristes&#xa0;: les deux notes à %1 ou moins</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>Satisfaction %1 to %2, repurchase %3 to %4: %5</source>
        <translation>Satisfaction de %1 à %2, rachat de %3 à %4&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n in lapse (%1%)</source>
        <translation>
            <numerusform>%n en contact interrompu (%1&#xa0;%)</numerusform>
            <numerusform>%n en contact interrompu (%1&#xa0;%)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the list to see them as dots.</source>
        <translation>Restreignez la liste pour les voir en points.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Satisfaction %1, repurchase %2: %3</source>
        <translation>Satisfaction %1, réachat %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <location line="+40"/>
        <source>%n clients here</source>
        <translation>
            <numerusform>%n client ici</numerusform>
            <numerusform>%n clients ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more; click again to pick the next</source>
        <translation>
            <numerusform>et %n autre&#xa0;; cliquez à nouveau pour choisir le suivant</numerusform>
            <numerusform>et %n autres&#xa0;; cliquez à nouveau pour choisir le suivant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click again to pick the next one.</source>
        <translation>Cliquez à nouveau pour choisir le suivant.</translation>
    </message>
</context>
<context>
    <name>Rapport</name>
    <message>
        <location filename="../core/segment.cpp" line="+13"/>
        <source>Loyalist</source>
        <translation>Fidèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mercenary</source>
        <translation>Mercenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostage</source>
        <translation>Otage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defector</source>
        <translation>Déserteur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loyalists</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mercenaries</source>
        <translation>Mercenaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostages</source>
        <translation>Otages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defectors</source>
        <translation>Déserteurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apostle</source>
        <translation>Apôtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terrorist</source>
        <translation>Terroriste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delighted and telling others about you. Thank them, ask for referrals or a review, and keep the standard they love.</source>
        <translation>Ravi et parle de vous autour de lui. Remerciez-le, demandez des recommandations ou un avis, et gardez le niveau qu&apos;il apprécie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unhappy and likely to warn others off. Act this week: one frank conversation, then fix it or part on good terms.</source>
        <translation>Mécontent et susceptible de dissuader d&apos;autres clients. Agissez cette semaine&#xa0;: une conversation franche, puis réglez le problème ou séparez-vous en bons termes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Happy and coming back. Keep delivering, stay in touch, and give them reasons to recommend you.</source>
        <translation>Satisfait et revient. Continuez à bien travailler, restez en contact et donnez-lui des raisons de vous recommander.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pleased with the work but may leave for a better price. Agree scope and boundaries in writing and watch for scope creep.</source>
        <translation>Content du travail mais pourrait partir pour un meilleur prix. Fixez par écrit le périmètre et les limites, et surveillez les demandes qui en sortent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staying for now, but not happy. Ask plainly what must change and fix it: these are the quickest relationships to win back.</source>
        <translation>Reste pour l&apos;instant, mais n&apos;est pas satisfait. Demandez franchement ce qui doit changer et faites-le&#xa0;: ce sont les relations les plus rapides à regagner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unhappy and unlikely to buy again. Decide soon: meet once to understand, and if nothing can help, end it politely.</source>
        <translation>Mécontent et peu enclin à racheter. Décidez vite&#xa0;: un rendez-vous pour comprendre, et si rien ne peut aider, mettez-y fin poliment.</translation>
    </message>
    <message>
        <location filename="../core/segmentchange.cpp" line="+85"/>
        <source>improving</source>
        <translation>en amélioration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worsening</source>
        <translation>en dégradation</translation>
    </message>
</context>
<context>
    <name>Rapport::ClientStore</name>
    <message>
        <location filename="../core/clientstore.cpp" line="+258"/>
        <source>read the clients</source>
        <translation>la lecture des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+441"/>
        <source>The database holds a client Rapport cannot read (number %1).</source>
        <translation>La base de données contient un client que Rapport ne peut pas lire (numéro %1).</translation>
    </message>
    <message>
        <location line="-434"/>
        <location line="+1146"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>read the interactions</source>
        <translation>la lecture des interactions</translation>
    </message>
    <message>
        <location line="-1349"/>
        <source>The database holds an interaction Rapport cannot read (number %1).</source>
        <translation>La base de données contient une interaction que Rapport ne peut pas lire (numéro %1).</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>read the segment history</source>
        <translation>la lecture de l&apos;historique des segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database holds a segment change Rapport cannot read (number %1).</source>
        <translation>La base de données contient un changement de segment que Rapport ne peut pas lire (numéro %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read the segmentation rules</source>
        <translation>la lecture des règles de segmentation</translation>
    </message>
    <message>
        <location line="+186"/>
        <location line="+1396"/>
        <source>Could not %1: no database is open.</source>
        <translation>Échec de %1&#xa0;: aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="-1394"/>
        <source>Could not %1: %2 is read-only. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: %2 est en lecture seule. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+99"/>
        <location line="+1236"/>
        <source>Could not %1: %2. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-1327"/>
        <source>A client needs a name or a company.</source>
        <translation>Un client doit avoir un nom ou une entreprise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction must be between 0 and 10.</source>
        <translation>La satisfaction doit être comprise entre 0 et 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood to repurchase must be between 0 and 10.</source>
        <translation>La probabilité de réachat doit être comprise entre 0 et 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact interval must be between 1 and %1 days.</source>
        <translation>Un intervalle de contact doit être compris entre 1 et %1 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest gap between contacts cannot be shorter than the ideal one.</source>
        <translation>L&apos;intervalle maximal entre deux contacts ne peut pas être plus court que l&apos;intervalle idéal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NPS answer must be between 0 and 10.</source>
        <translation>La réponse NPS doit être comprise entre 0 et 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each dimension is rated from 1 to 5.</source>
        <translation>Chaque dimension se note de 1 à 5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The degree of a client is 1, 2 or 3.</source>
        <translation>Le degré d&apos;un client est 1, 2 ou 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases a year cannot be negative.</source>
        <translation>Le nombre d&apos;achats par an ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change the segment boundaries</source>
        <translation>la modification des limites des segments</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>change the contact intervals</source>
        <translation>la modification des intervalles de contact</translation>
    </message>
    <message>
        <location line="+353"/>
        <location line="+383"/>
        <location line="+534"/>
        <location line="+68"/>
        <source>Could not %1: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-1273"/>
        <source>Could not %1: a client with the same id already exists. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: un client avec le même identifiant existe déjà. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Could not %1: %2 is still being opened. Nothing was changed; try again in a moment.</source>
        <translation>Échec de %1&#xa0;: %2 est encore en cours d&apos;ouverture. Rien n&apos;a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: the connection to %2 was lost, and Rapport is connecting again. Nothing was changed; try again in a moment.</source>
        <translation>Impossible de %1 : la connexion à %2 a été perdue et Rapport se reconnecte. Rien n&apos;a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Could not %1: an interaction has no date. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: une interaction n&apos;a pas de date. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: %2 changed this client at %3, after your change began. Nothing was overwritten.</source>
        <translation>Impossible de %1 : %2 a modifié ce client à %3, après le début de votre modification. Rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: someone else deleted this client. Nothing was saved.</source>
        <translation>Impossible de %1 : quelqu&apos;un d&apos;autre a supprimé ce client. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Could not read the latest changes of client %1.</source>
        <translation>Impossible de lire les dernières modifications du client %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>add the client</source>
        <translation>l&apos;ajout du client</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>add %n clients</source>
        <translation>
            <numerusform>l&apos;ajout de %n client</numerusform>
            <numerusform>l&apos;ajout de %n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+265"/>
        <location line="+256"/>
        <source>Could not %1: the client no longer exists.</source>
        <translation>Échec de %1&#xa0;: le client n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>save %1</source>
        <translation>l&apos;enregistrement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not move the client: it no longer exists.</source>
        <translation>Impossible de déplacer le client&#xa0;: il n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>undo the change to %1</source>
        <translation>l&apos;annulation de la modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>acknowledge the alert</source>
        <translation>la prise en compte de l&apos;alerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore the alert</source>
        <translation>la réactivation de l&apos;alerte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not %1: the change no longer exists.</source>
        <translation>Échec de %1&#xa0;: la modification n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not %1: a client no longer exists.</source>
        <translation>Échec de %1&#xa0;: l&apos;un des clients n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the client</source>
        <translation>la suppression du client</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>delete %n clients</source>
        <translation>
            <numerusform>la suppression de %n client</numerusform>
            <numerusform>la suppression de %n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Erased client %1</source>
        <translation>Client effacé %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>erase the personal data</source>
        <translation>effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erase the personal data of %1</source>
        <translation>effacer les données personnelles de %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>import the clients</source>
        <translation>l&apos;importation des clients</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>undo the import</source>
        <translation>l&apos;annulation de l&apos;importation</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>count the interactions</source>
        <translation>compter les interactions</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>log the interaction</source>
        <translation>l&apos;ajout de l&apos;interaction</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>Could not %1: it needs a date and time.</source>
        <translation>Échec de %1&#xa0;: il faut une date et une heure.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Could not %1: it is already stored.</source>
        <translation>Échec de %1&#xa0;: l&apos;interaction est déjà enregistrée.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>save the interaction</source>
        <translation>l&apos;enregistrement de l&apos;interaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Could not %1: it no longer exists.</source>
        <translation>Échec de %1&#xa0;: l&apos;interaction n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Could not %1: someone else changed it after you began. Nothing was overwritten.</source>
        <translation>Impossible de %1 : quelqu&apos;un d&apos;autre l&apos;a modifié après que vous avez commencé. Rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the interaction</source>
        <translation>la suppression de l&apos;interaction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delete the interactions</source>
        <translation>la suppression des interactions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not %1: one of them no longer exists.</source>
        <translation>Échec de %1&#xa0;: l&apos;une d&apos;elles n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>log the emails</source>
        <translation>l&apos;enregistrement des e-mails</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Could not %1: a client no longer exists. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: un client n’existe plus. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not %1: an email has no date. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: un e-mail n’a pas de date. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>undo the reading of the mail</source>
        <translation>l&apos;annulation de la lecture du courrier</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>search the notes</source>
        <translation>la recherche dans les notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not back up to %1: %2</source>
        <translation>Échec de la sauvegarde dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s automatic backup could not be written to %1: %2. The database is open as usual; use File → Back Up… to keep a copy elsewhere.</source>
        <translation>La sauvegarde automatique du jour n&apos;a pas pu être écrite dans %1&#xa0;: %2. La base de données est ouverte normalement&#xa0;; utilisez Fichier → Sauvegarder… pour garder une copie ailleurs.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>restore %1</source>
        <translation>la restauration de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not %1: the file cannot be read.</source>
        <translation>Échec de %1&#xa0;: le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not %1: the copy of the current data could not be written (%2). Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: la copie des données actuelles n&apos;a pas pu être écrite (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not %1: it cannot be copied next to the database. Nothing was changed.</source>
        <translation>Échec de %1&#xa0;: le fichier ne peut pas être copié à côté de la base de données. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not %1: the database file could not be replaced. Your data was kept.</source>
        <translation>Échec de %1&#xa0;: le fichier de base de données n&apos;a pas pu être remplacé. Vos données ont été conservées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>save the setting</source>
        <translation>l&apos;enregistrement du réglage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>copy to %1</source>
        <translation>la copie vers %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not %1: the file exists already. Choose a new file name.</source>
        <translation>Échec de %1&#xa0;: le fichier existe déjà. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not %1: %2. Nothing was copied.</source>
        <translation>Échec de %1&#xa0;: %2. Rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>Rapport::MailReading</name>
    <message>
        <location filename="../core/mailreading.cpp" line="+54"/>
        <source>The reading of the mail stopped because another database was opened.</source>
        <translation>La lecture du courrier s’est arrêtée parce qu’une autre base de données a été ouverte.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rapport is reading mail already.</source>
        <translation>Rapport lit déjà le courrier.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rapport does not know which email addresses are yours, so it cannot tell the mail you sent from the mail you received: give them in Read Mail (or with --own-address).</source>
        <translation>Rapport ne sait pas quelles adresses e-mail sont les vôtres et ne peut donc pas distinguer le courrier envoyé du courrier reçu&#xa0;: indiquez-les dans «&#xa0;Lire la boîte aux lettres&#xa0;» (ou avec --own-address).</translation>
    </message>
</context>
<context>
    <name>ReadMailDialog</name>
    <message>
        <location filename="../ui/readmaildialog.cpp" line="+60"/>
        <source>Remember the password in this computer&apos;s &amp;keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only mail &amp;since:</source>
        <translation>&amp;Seulement le courrier depuis le&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read Mail</source>
        <translation>Lire la boîte aux lettres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rapport reads who wrote to whom and when, and the subject, never the text of a message, and logs every email to or from a client&apos;s address as an interaction. Reading again adds only what is new; nothing in the mailbox changes or is marked as read.</source>
        <translation>Rapport lit qui a écrit à qui et quand, ainsi que l’objet, jamais le texte d’un message, et consigne comme interaction chaque e-mail reçu d’une adresse d’un client ou envoyé à celle-ci. Une nouvelle lecture n’ajoute que ce qui est nouveau&#xa0;; rien ne change dans la boîte aux lettres ni n’est marqué comme lu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A &amp;Thunderbird profile on this computer</source>
        <translation>Un profil &amp;Thunderbird sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;folder of messages (Maildir, or .eml files)</source>
        <translation>Un &amp;dossier de messages (Maildir ou fichiers .eml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;mbox file</source>
        <translation>Un fichier &amp;mbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;IMAP account</source>
        <translation>Un compte &amp;IMAP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunderbird keeps each profile&apos;s mail in a folder under ~/.thunderbird. Its local folders and the copies of its IMAP accounts are read.</source>
        <translation>Thunderbird range le courrier de chaque profil dans un dossier sous ~/.thunderbird. Ses dossiers locaux et les copies de ses comptes IMAP sont lus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>A Maildir (with cur and new inside), or a folder of .eml files saved from any mail program.</source>
        <translation>Un Maildir (contenant cur et new), ou un dossier de fichiers .eml enregistrés depuis n’importe quel logiciel de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;older:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One file holding many messages, as Thunderbird, Evolution and mail servers keep them.</source>
        <translation>Un seul fichier contenant de nombreux messages, comme les conservent Thunderbird, Evolution et les serveurs de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;le:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS (port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the connection is encrypted. Both check the server&apos;s certificate.</source>
        <translation>Comment la connexion est chiffrée. Les deux vérifient le certificat du serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often your whole email address.</source>
        <translation>Le plus souvent, votre adresse e-mail complète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the keyring</source>
        <translation>depuis le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the password in the desktop&apos;s keyring (GNOME Keyring, KWallet), never in Rapport&apos;s settings.</source>
        <translation>Garde le mot de passe dans le trousseau du bureau (GNOME Keyring, KWallet), jamais dans les réglages de Rapport.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder on the server to read, such as INBOX or Sent.</source>
        <translation>Le dossier du serveur à lire, par exemple INBOX ou Sent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pass&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail&amp;box:</source>
        <translation>&amp;Boîte aux lettres&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for a server with a certificate of its own</source>
        <translation>seulement pour un serveur ayant son propre certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server whose certificate no authority signed (self-signed) is refused unless you choose its certificate here (a .pem or .crt file from its administrator).</source>
        <translation>Un serveur dont le certificat n’est signé par aucune autorité (autosigné) est refusé, sauf si vous choisissez ici son certificat (un fichier .pem ou .crt fourni par son administrateur).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Certificate:</source>
        <translation>Certi&amp;ficat&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted Certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you@example.com, office@example.com</source>
        <translation>vous@example.com, bureau@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail from these addresses is yours (outbound); mail from a client&apos;s address is theirs (inbound). Found from the account where it says them.</source>
        <translation>Le courrier de ces adresses est le vôtre (sortant)&#xa0;; celui de l’adresse d’un client est le sien (entrant). Elles sont reprises du compte quand il les indique.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your &amp;addresses:</source>
        <translation>Vos &amp;adresses&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Thunderbird Profile</source>
        <translation>Profil Thunderbird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder of Messages</source>
        <translation>Dossier de messages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mbox File</source>
        <translation>Fichier mbox</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not an email address: %1</source>
        <translation>Pas une adresse e-mail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RelationshipPanel</name>
    <message>
        <location filename="../ui/relationshippanel.cpp" line="+52"/>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their answer to &quot;How likely are you to recommend us?&quot;, 0 to 10.</source>
        <translation>Sa réponse à «&#xa0;Quelle est la probabilité que vous nous recommandiez&#xa0;?&#xa0;», de 0 à 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the client stands on the loyalty ladder</source>
        <translation>La place du client sur l’échelle de fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s rung on the loyalty ladder, from Terrorist to Advocate. Rapport suggests a rung from the data below the field; your choice always wins.</source>
        <translation>L’échelon du client sur l’échelle de fidélité, de Terroriste à Ambassadeur. Rapport propose sous le champ un échelon d’après les données&#xa0;; votre choix l’emporte toujours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far the relationship has come</source>
        <translation>L’avancement de la relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage of the relationship, from Courting (still winning them over) to Convergence (your business is part of the client&apos;s own plans). The further along, the less likely the client is to leave.</source>
        <translation>L’étape de la relation, de Séduction (vous cherchez encore à le convaincre) à Convergence (votre activité fait partie des projets du client). Plus la relation est avancée, moins le client risque de partir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degree of client: 1 to 3</source>
        <translation>Degré du client&#xa0;: 1 à 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the work is shaped: first degree, you deliver what they need; second, what they want with your advice; third, exactly what they ask and they blame you for the results. The report suggests parting ways with third-degree clients.</source>
        <translation>La nature du travail&#xa0;: au premier degré, vous livrez ce dont il a besoin&#xa0;; au deuxième, ce qu’il veut, avec vos conseils&#xa0;; au troisième, exactement ce qu’il demande, et il vous reproche les résultats. Le rapport suggère de se séparer des clients du troisième degré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s answer to the question of how likely they are to recommend you, 0 to 10: 9 and 10 are promoters, 0 to 6 detractors. The dashboard works out your NPS from these.</source>
        <translation>La réponse du client à la question de savoir s’il vous recommanderait, de 0 à 10&#xa0;: 9 et 10 sont des promoteurs, 0 à 6 des détracteurs. Le tableau de bord en calcule votre NPS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the client gave that answer</source>
        <translation>Quand le client a donné cette réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day of the NPS answer, so that you can tell an old answer from a fresh one. Today is filled in when you enter an answer without a date.</source>
        <translation>Le jour de la réponse NPS, pour distinguer une réponse ancienne d’une réponse récente. La date du jour est inscrite si vous saisissez une réponse sans date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many times a year the client buys</source>
        <translation>Combien de fois par an le client achète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the client buys from you in a year. Frequent buyers count towards a higher rung of the loyalty ladder.</source>
        <translation>La fréquence d’achat du client chez vous sur un an. Les acheteurs fréquents comptent pour un échelon plus élevé sur l’échelle de fidélité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a Hostage stays (only for Hostages)</source>
        <translation>Pourquoi un Otage reste (uniquement pour les Otages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a Hostage, what keeps them with you although they are not happy: a contract, the cost of switching, no alternative, or habit. Enabled only while the client is a Hostage.</source>
        <translation>Pour un Otage, ce qui le retient chez vous bien qu’il ne soit pas satisfait&#xa0;: un contrat, le coût d’un changement, l’absence d’alternative ou l’habitude. Disponible uniquement tant que le client est un Otage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When that reason ends</source>
        <translation>Quand ce motif prend fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the reason ends, for example when the contract runs out. From 60 days before, the report lists the client, and a reminder comes 14 days before.</source>
        <translation>Le jour où le motif prend fin, par exemple à l’échéance du contrat. Dès 60 jours avant, le rapport mentionne le client, et un rappel arrive 14 jours avant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ladder &amp;rung:</source>
        <translation>É&amp;chelon de fidélité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;gree:</source>
        <translation>De&amp;gré&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NPS answer:</source>
        <translation>Réponse &amp;NPS&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purchases a year:</source>
        <translation>Achats &amp;par an&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why they s&amp;tay:</source>
        <translation>Pourquoi il re&amp;ste&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: 1 to 5</source>
        <translation>%1&#xa0;: 1 à 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the client rates you on %1, from 1 (poorly) to 5 (very well); – means not rated. The weakest rating is where to act first.</source>
        <translation>La note que le client vous donne pour «&#xa0;%1&#xa0;», de 1 (mal) à 5 (très bien)&#xa0;; – signifie non noté. C’est sur la note la plus faible qu’il faut agir en premier.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Trusted-advisor dimensions</source>
        <translation>Dimensions de la relation de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The six ratings as a radar</source>
        <translation>Les six notes en radar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The six ratings drawn as a radar: the further out a spoke reaches, the better the client rates you on it. A dent shows where to act first; the advice below names it.</source>
        <translation>Les six notes dessinées en radar&#xa0;: plus un rayon s’étend vers l’extérieur, mieux le client vous note sur ce point. Un creux montre où agir en premier&#xa0;; le conseil en dessous le nomme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the client rates you, 1 to 5:</source>
        <translation>Comment le client vous évalue, de 1 à 5&#xa0;:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No suggestion from the data yet.</source>
        <translation>Pas encore de suggestion d&apos;après les données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data suggests: %1.</source>
        <translation>Les données suggèrent&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your choice, and what the data suggests.</source>
        <translation>Votre choix, et ce que suggèrent les données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your choice; the data suggests %1.</source>
        <translation>Votre choix&#xa0;; les données suggèrent&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weakest: %1. %2</source>
        <translation>Point le plus faible&#xa0;: %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the six dimensions to see where to act first.</source>
        <translation>Notez les six dimensions pour voir où agir en priorité.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../ui/remindernotifier.cpp" line="+90"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReminderPlanner</name>
    <message numerus="yes">
        <location filename="../core/reminderplanner.cpp" line="+27"/>
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due for contact</source>
        <translation>contact à prévoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due for a first contact</source>
        <translation>premier contact à prévoir</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no answer to %n attempt(s)</source>
        <translation>
            <numerusform>aucune réponse à %n tentative</numerusform>
            <numerusform>aucune réponse à %n tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>unusually silent for %n day(s)</source>
        <translation>
            <numerusform>inhabituellement silencieux depuis %n jour</numerusform>
            <numerusform>inhabituellement silencieux depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>moved %1 → %2</source>
        <translation>passé de %1 → %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>free to leave today</source>
        <translation>libre de partir aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>free to leave in %n day(s)</source>
        <translation>
            <numerusform>libre de partir dans %n jour</numerusform>
            <numerusform>libre de partir dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n client(s) to contact today</source>
        <translation>
            <numerusform>%n client à contacter aujourd’hui</numerusform>
            <numerusform>%n clients à contacter aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>a reminder&apos;s line: the client&apos;s name (why)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n de plus</numerusform>
            <numerusform>et %n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../ui/ruleseditor.cpp" line="+20"/>
        <source>A client whose score equals a boundary counts as high. You can also drag the boundary lines and corners on the chart.</source>
        <translation>Un client dont la note est égale à une limite compte comme élevé. Vous pouvez aussi faire glisser les lignes de limite et les coins sur le graphique.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Satisfied from:</source>
        <translation>&amp;Satisfait à partir de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Likely to repurchase from:</source>
        <translation>&amp;Réachat probable à partir de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apostle when both are at least:</source>
        <translation>&amp;Apôtre si les deux valent au moins&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terrorist when both are at most:</source>
        <translation>&amp;Terroriste si les deux valent au plus&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>SegmentationRules</name>
    <message>
        <location filename="../core/segmentationrules.cpp" line="+41"/>
        <source>The satisfaction boundary must lie between 0 and 10.</source>
        <translation>La limite de satisfaction doit être comprise entre 0 et 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The likelihood-to-repurchase boundary must lie between 0 and 10.</source>
        <translation>La limite de probabilité de réachat doit être comprise entre 0 et 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Apostle corner must lie between 0 and 10.</source>
        <translation>Le coin des Apôtres doit être compris entre 0 et 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Terrorist corner must lie between 0 and 10.</source>
        <translation>Le coin des Terroristes doit être compris entre 0 et 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Apostle corner must start at or above both boundaries (%1), inside the Loyalist quadrant.</source>
        <translation>Le coin des Apôtres doit commencer au niveau des deux limites (%1) ou au-dessus, dans le quadrant des Fidèles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Terrorist corner must end below both boundaries (%1), inside the Defector quadrant.</source>
        <translation>Le coin des Terroristes doit se terminer sous les deux limites (%1), dans le quadrant des Déserteurs.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+110"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Segment Boundaries</source>
        <translation>Limites des segments</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact Intervals</source>
        <translation>Intervalles de contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The name of your business is printed at the top of the follow-up report.</source>
        <translation>Le nom de votre entreprise est imprimé en haut du rapport de suivi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Business name:</source>
        <translation>Nom de l&apos;&amp;entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to others with each change you make: a client you moved, an interaction you logged.</source>
        <translation>Montré aux autres avec chacune de vos modifications : un client que vous avez déplacé, un échange que vous avez noté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left empty, they see %1.</source>
        <translation>Laissé vide, ils voient %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Follow the system to look like the rest of your desktop, dark when its theme is dark. The segment colours stay readable in both light and dark.</source>
        <translation>Suivre le système donne l’aspect du reste de votre bureau, sombre si son thème l’est. Les couleurs des segments restent lisibles en clair comme en sombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rapport can keep a calendar file of your follow-ups up to date: one to-do per client to contact, in the order of the report, with a reminder on the day. Subscribe to the file in Thunderbird, Evolution or GNOME Calendar. The setting is kept in this database.</source>
        <translation>Rapport peut tenir à jour un fichier de calendrier de vos suivis&#xa0;: une tâche par client à contacter, dans l’ordre du rapport, avec un rappel le jour venu. Abonnez-vous au fichier dans Thunderbird, Evolution ou GNOME Agenda. Ce réglage est conservé dans cette base de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep a calendar file up to date:</source>
        <translation>&amp;Tenir à jour un fichier de calendrier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-ups.ics</source>
        <translation>suivis.ics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar file</source>
        <translation>Fichier de calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calendar File</source>
        <translation>Fichier de calendrier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the file to keep up to date.</source>
        <translation>Choisissez le fichier à tenir à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the whole path of the file, for example %1.</source>
        <translation>Indiquez le chemin complet du fichier, par exemple %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When clients are due for contact, move for the worse, or a Hostage is soon free to leave, a desktop notification names them, once a day each unless something new happens. At login, Rapport can tell you even when you do not open it.</source>
        <translation>Quand des clients sont à contacter, se dégradent, ou qu’un Otage pourra bientôt partir, une notification du bureau les nomme, une fois par jour chacun sauf s’il se passe quelque chose de nouveau. À l’ouverture de session, Rapport peut vous prévenir même si vous ne l’ouvrez pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show reminders for due clients</source>
        <translation>&amp;Afficher des rappels pour les clients à contacter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remind me at login</source>
        <translation>Me &amp;rappeler à l’ouverture de session</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change Settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
</context>
<context>
    <name>SqliteInsert</name>
    <message>
        <location filename="../core/sqliteinsert.cpp" line="+16"/>
        <source>Not an SQLite connection.</source>
        <translation>Ce n’est pas une connexion SQLite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unable to prepare the statement</source>
        <translation>Impossible de préparer l’instruction</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A row has %1 values for %2 columns.</source>
        <translation>Une ligne a %1 valeurs pour %2 colonnes.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unable to bind parameters</source>
        <translation>Impossible de lier les paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unable to write the row</source>
        <translation>Impossible d’écrire la ligne</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <location filename="../core/vcard.cpp" line="+225"/>
        <source>line %1: a vCard line needs a name and a value separated by &quot;:&quot;</source>
        <translation>ligne %1&#xa0;: une ligne vCard doit avoir un nom et une valeur séparés par «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1: a new vCard begins before the previous one ended</source>
        <translation>ligne %1&#xa0;: une nouvelle vCard commence avant la fin de la précédente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: END:VCARD without BEGIN:VCARD</source>
        <translation>ligne %1&#xa0;: END:VCARD sans BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>line %1: the vCard that begins here never ends (END:VCARD is missing)</source>
        <translation>ligne %1&#xa0;: la vCard qui commence ici ne se termine jamais (END:VCARD manque)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line 1: no vCard found (BEGIN:VCARD is missing)</source>
        <translation>ligne 1&#xa0;: aucune vCard trouvée (BEGIN:VCARD manque)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+62"/>
        <source>The latest sound backup is %1.</source>
        <translation>La dernière sauvegarde intacte est %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>--scale needs 0-10, 1-5, 1-7 or 1-10, not &quot;%1&quot;</source>
        <translation>--scale attend 0-10, 1-5, 1-7 ou 1-10, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--duplicates needs skip, update or keep, not &quot;%1&quot;</source>
        <translation>--duplicates attend skip, update ou keep, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; nothing was imported</source>
        <translation>&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 line %2: %3 (%4 bad rows; nothing was imported)</source>
        <translation>%1 ligne %2&#xa0;: %3 (%4 lignes incorrectes&#xa0;; rien n’a été importé)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (the bad rows were to be skipped there); nothing was imported</source>
        <translation>%1 (les lignes erronées devaient y être écrites)&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad rows skipped: %1, written with their line and reason to %2.</source>
        <translation>Lignes erronées ignorées&#xa0;: %1, écrites avec leur ligne et leur motif dans %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1 interactions from %2.</source>
        <translation>%1 interactions importées depuis %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Without a name in the file, named after their email or phone: %1.</source>
        <translation>Sans nom dans le fichier, nommés d’après leur e-mail ou leur téléphone&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 new clients and updated %2 from %3 (%4 already stored).</source>
        <translation>%1 nouveaux clients importés et %2 mis à jour depuis %3 (%4 déjà enregistrés).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no database at %1</source>
        <translation>il n&apos;y a pas de base de données à l&apos;emplacement %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the interactions are exported as CSV, not as vCard: name the file .csv</source>
        <translation>les interactions s’exportent en CSV, pas en vCard&#xa0;: donnez au fichier l’extension .csv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %1 to %2.</source>
        <translation>Exporté vers %2&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the interactions</source>
        <translation>les interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote %1 follow-ups as calendar to-dos to %2.</source>
        <translation>%1 suivis écrits en tâches de calendrier dans %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No clients to contact today.</source>
        <translation>Aucun client à contacter aujourd’hui.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Rapport shows which clients need your attention first, and why.</source>
        <translation>Rapport montre quels clients ont besoin de votre attention en premier, et pourquoi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+33"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Add N sample clients to the database and exit.</source>
        <translation>Ajouter N clients d&apos;exemple à la base de données et quitter.</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>--copy-to needs a new file or the address of an empty server database</source>
        <translation>--copy-to attend un nouveau fichier ou l’adresse d’une base vide sur un serveur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1, %2 to %3.</source>
        <translation>%1, %2 copiés vers %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--client needs the number of a client, not &quot;%1&quot;</source>
        <translation>--client attend le numéro d’un client, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no client %1 in %2</source>
        <translation>il n’y a pas de client %1 dans %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported everything about %1 to %2.</source>
        <translation>Tout ce qui concerne %1 a été exporté dans %2.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--read-mail needs a mail file or folder, or an imaps:// address</source>
        <translation>--read-mail attend un fichier ou un dossier de courrier, ou une adresse imaps://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no mail at %1</source>
        <translation>il n’y a pas de courrier à %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no password for %1: set RAPPORT_MAIL_PASSWORD, or keep it in the keyring with File → Read Mail…</source>
        <translation>pas de mot de passe pour %1&#xa0;: définissez RAPPORT_MAIL_PASSWORD, ou gardez-le dans le trousseau avec Fichier → Lire la boîte aux lettres…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln left out (unreadable)</source>
        <translation>
            <numerusform>%Ln écarté (illisible)</numerusform>
            <numerusform>%Ln écartés (illisibles)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open the database FILE (created if missing), or the database on a PostgreSQL server at the address URI: postgresql://USER@HOST:PORT/NAME or &quot;host=HOST dbname=NAME user=USER&quot;. The password comes from ~/.pgpass, PGPASSWORD or the address.</source>
        <translation>Ouvrir la base FICHIER (créée si elle manque), ou la base d’un serveur PostgreSQL à l’adresse URI&#xa0;: postgresql://UTILISATEUR@HÔTE:PORT/NOM ou &quot;host=HÔTE dbname=NOM user=UTILISATEUR&quot;. Le mot de passe vient de ~/.pgpass, de PGPASSWORD ou de l’adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE|URI</source>
        <translation>FICHIER|URI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed for --generate-sample (default 1): the same seed gives the same clients.</source>
        <translation>Graine pour --generate-sample (1 par défaut)&#xa0;: la même graine donne les mêmes clients.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the window, save a picture of it to FILE (PNG) and exit.</source>
        <translation>Ouvrir la fenêtre, en enregistrer une image dans FICHIER (PNG) et quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the follow-up report of the database to OUT.pdf and exit.</source>
        <translation>Écrire le rapport de suivi de la base de données dans SORTIE.pdf et quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.pdf</source>
        <translation>SORTIE.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --report: only the clients whose account owner is NAME (any case). A NAME no client has is refused, with the owners there are.</source>
        <translation>Avec --report : seulement les clients dont le responsable du compte est NOM (sans tenir compte de la casse). Un NOM qu&apos;aucun client n&apos;a est refusé, avec la liste des responsables.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the follow-ups of the database as calendar to-dos (iCalendar) to OUT.ics and exit.</source>
        <translation>Écrire les suivis de la base en tâches de calendrier (iCalendar) dans OUT.ics, puis quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.ics</source>
        <translation>OUT.ics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the report or the calendar is for (YYYY-MM-DD; default today).</source>
        <translation>Le jour du rapport ou du calendrier (AAAA-MM-JJ&#xa0;; par défaut aujourd’hui).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Import clients or interactions from a CSV or vCard FILE and exit. Nothing is written if any row is bad, unless --skip-bad-rows is given.</source>
        <translation>Importer des clients ou des interactions depuis le fichier CSV ou vCard FILE, puis quitter. Rien n’est écrit si une ligne est erronée, sauf avec --skip-bad-rows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scale of the scores in an imported file: 0-10 (default), 1-5, 1-7 or 1-10.</source>
        <translation>L&apos;échelle des notes dans un fichier importé&#xa0;: 0-10 (par défaut), 1-5, 1-7 ou 1-10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCALE</source>
        <translation>ÉCHELLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do with imported clients that are already stored (same email, or same name and company): skip (default), update or keep.</source>
        <translation>Que faire des clients importés déjà enregistrés (même e-mail, ou même nom et même entreprise)&#xa0;: skip (par défaut), update ou keep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WHAT</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --import: import the good rows and write the bad ones, with their line and reason, to FILE.skipped.csv beside the imported file.</source>
        <translation>Avec --import&#xa0;: importer les bonnes lignes et écrire les mauvaises, avec leur ligne et leur motif, dans FILE.skipped.csv à côté du fichier importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the clients (or, with --interactions, the interactions) to a CSV FILE and exit; a FILE ending in .vcf gets the clients as vCards for an address book.</source>
        <translation>Exporter les clients (ou, avec --interactions, les interactions) dans un fichier CSV FICHIER et quitter&#xa0;; un FICHIER se terminant par .vcf reçoit les clients en vCards pour un carnet d’adresses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --export: export the interactions instead of the clients.</source>
        <translation>Avec --export&#xa0;: exporter les interactions au lieu des clients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --export: export everything stored about the client ID (fields, interactions, moves) as one JSON FILE, for a client who asks for their data.</source>
        <translation>Avec --export&#xa0;: exporter tout ce qui concerne le client ID (champs, interactions, déplacements) dans un fichier JSON FILE, pour un client qui demande ses données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a desktop notification naming the clients to contact today (once a day each, unless something new happens) without opening a window, and wait for Open or Tomorrow; without a notification service, print them and exit. --as-of sets the day.</source>
        <translation>Afficher une notification du bureau nommant les clients à contacter aujourd’hui (une fois par jour chacun, sauf nouveauté) sans ouvrir de fenêtre, et attendre Ouvrir ou Demain&#xa0;; sans service de notification, les afficher et quitter. --as-of fixe le jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy every client, interaction, move and setting of the database into TARGET and exit: a new file, or an empty database on a server (an address as for --database). The database itself is left as it is.</source>
        <translation>Copier tous les clients, interactions, déplacements et réglages de la base dans CIBLE puis quitter&#xa0;: un nouveau fichier, ou une base vide sur un serveur (une adresse comme pour --database). La base elle-même reste telle quelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the emails exchanged with clients as interactions and exit: PLACE is an mbox file, a Maildir or a folder of .eml files, a Thunderbird profile, or imaps://USER@HOST/INBOX (the password comes from RAPPORT_MAIL_PASSWORD or the keyring). Reading again adds only what is new.</source>
        <translation>Consigner comme interactions les e-mails échangés avec les clients, puis quitter&#xa0;: LIEU est un fichier mbox, un Maildir ou un dossier de fichiers .eml, un profil Thunderbird, ou imaps://UTILISATEUR@SERVEUR/INBOX (le mot de passe vient de RAPPORT_MAIL_PASSWORD ou du trousseau). Une nouvelle lecture n’ajoute que ce qui est nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PLACE</source>
        <translation>LIEU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --read-mail: leave out mail older than DATE (YYYY-MM-DD).</source>
        <translation>Avec --read-mail&#xa0;: écarter le courrier antérieur à DATE (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --read-mail: your own email ADDRESS, kept for the next readings (repeat it, or separate addresses with commas).</source>
        <translation>Avec --read-mail&#xa0;: votre propre ADRESSE e-mail, gardée pour les lectures suivantes (répétez l’option, ou séparez les adresses par des virgules).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --read-mail from a server whose certificate is its own (self-signed): trust the certificate in FILE (PEM) as well as those the system trusts.</source>
        <translation>Avec --read-mail depuis un serveur ayant son propre certificat (autosigné)&#xa0;: faire confiance au certificat du FICHIER (PEM) en plus de ceux du système.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the window with the client ID selected.</source>
        <translation>Ouvrir la fenêtre avec le client ID sélectionné.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the language CODE (for example de, fr or en) instead of the system&apos;s.</source>
        <translation>Utiliser la langue CODE (par exemple de, fr ou en) au lieu de celle du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a window of its own even when Rapport is already running, instead of bringing that one forward.</source>
        <translation>Ouvrir sa propre fenêtre même si Rapport est déjà lancé, au lieu d’afficher celle-ci au premier plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV or vCard files to import, each through the import wizard in the window. When Rapport is already running, its window imports them.</source>
        <translation>Fichiers CSV ou vCard à importer, chacun par l’assistant d’importation de la fenêtre. Si Rapport est déjà lancé, sa fenêtre les importe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (see rapport --help)</source>
        <translation> (voir rapport --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--owner goes with --report OUT.pdf</source>
        <translation>--owner va avec --report SORTIE.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--client goes with --export FILE, without --interactions</source>
        <translation>--client va avec --export FILE, sans --interactions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &quot;%1&quot; (see rapport --help)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (voir rapport --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--lang needs a language code such as de, fr or en, not &quot;%1&quot;</source>
        <translation>--lang attend un code de langue comme de, fr ou en, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+47"/>
        <location line="+31"/>
        <source>--as-of needs a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of attend une date au format YYYY-MM-DD, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>--report needs the path of the PDF to write</source>
        <translation>--report attend le chemin du PDF à écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>there is no database at %1; choose one with --database</source>
        <translation>il n&apos;y a pas de base de données à l&apos;emplacement %1&#xa0;; choisissez-en une avec --database</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>--owner needs the name of an account owner</source>
        <translation>--owner demande le nom d&apos;un responsable du compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no client has &quot;%1&quot; as account owner; no client has an owner yet</source>
        <translation>aucun client n&apos;a « %1 » comme responsable du compte ; aucun client n&apos;a encore de responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no client has &quot;%1&quot; as account owner; the owners are: %2</source>
        <translation>aucun client n&apos;a « %1 » comme responsable du compte ; les responsables sont : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote the follow-up report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Rapport de suivi (%n page) écrit dans %1.</numerusform>
            <numerusform>Rapport de suivi (%n pages) écrit dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--calendar needs the path of the .ics file to write</source>
        <translation>--calendar a besoin du chemin du fichier .ics à écrire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--since needs a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--since attend une date écrite AAAA-MM-JJ, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--generate-sample needs a number of clients from 1 to 1000000, not &quot;%1&quot;</source>
        <translation>--generate-sample attend un nombre de clients de 1 à 1000000, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Added %1 sample clients to %2.</source>
        <translation>%1 clients d&apos;exemple ajoutés à %2.</translation>
    </message>
</context>
</TS>
