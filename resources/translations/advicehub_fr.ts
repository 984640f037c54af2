<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AdviserService</name>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Head of Secretariat</source>
        <translation>Chef du Secrétariat</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>No such adviser.</source>
        <translation>Conseiller introuvable.</translation>
    </message>
    <message>
        <source>There is no adviser called “%1”.</source>
        <translation>Aucun conseiller ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>An adviser needs a name.</source>
        <translation>Un conseiller doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is too long (at most 120 characters).</source>
        <translation>Le nom est trop long (120 caractères au maximum).</translation>
    </message>
    <message>
        <source>There is already an adviser called “%1”.</source>
        <translation>Il existe déjà un conseiller appelé « %1 ».</translation>
    </message>
    <message>
        <source>This adviser is no longer active.</source>
        <translation>Ce conseiller n’est plus actif.</translation>
    </message>
</context>
<context>
    <name>CaseSummaryBuilder</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionnée dans</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reference (%1)</source>
        <translation>Référence (%1)</translation>
    </message>
    <message>
        <source>Status (%1)</source>
        <translation>Statut (%1)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Dear colleagues of the CTI Secretariat,</source>
        <translation>Chers collègues du Secrétariat de la CTI,</translation>
    </message>
    <message>
        <source>With our thanks and best regards.</source>
        <translation>Avec nos remerciements et nos salutations distinguées.</translation>
    </message>
    <message>
        <source>Permanent Mission (fictional)</source>
        <translation>Mission permanente (fictive)</translation>
    </message>
    <message>
        <source>First Secretary</source>
        <translation>Premier secrétaire</translation>
    </message>
    <message>
        <source>The partner runs training on safeguards in the first hours of police custody.</source>
        <translation>Le partenaire organise des formations sur les garanties applicables dans les premières heures de la garde à vue.</translation>
    </message>
    <message>
        <source>The partner will send two trainers for a three-day workshop.</source>
        <translation>Le partenaire enverra deux formateurs pour un atelier de trois jours.</translation>
    </message>
    <message>
        <source>Workshop held; the Ministry received the training materials.</source>
        <translation>Atelier tenu ; le ministère a reçu les supports de formation.</translation>
    </message>
    <message>
        <source>Comparative experience of national preventive mechanisms in the region.</source>
        <translation>Expérience comparée des mécanismes nationaux de prévention de la région.</translation>
    </message>
    <message>
        <source>Legislative drafting support for the definition of torture.</source>
        <translation>Appui à la rédaction législative pour la définition de la torture.</translation>
    </message>
    <message>
        <source>Excellency,</source>
        <translation>Excellence,</translation>
    </message>
    <message>
        <source>The Secretariat of the Convention against Torture Initiative avails itself of this opportunity to renew the assurances of its highest consideration.</source>
        <translation>Le Secrétariat de l’Initiative sur la Convention contre la torture saisit cette occasion pour renouveler les assurances de sa très haute considération.</translation>
    </message>
    <message>
        <source>Answer on the steps towards ratification</source>
        <translation>Réponse sur les étapes vers la ratification</translation>
    </message>
    <message>
        <source>Thank you for your letter on the steps towards ratification of the Convention. The Secretariat has prepared an overview of the process.</source>
        <translation>Nous vous remercions de votre lettre relative aux étapes vers la ratification de la Convention. Le Secrétariat a préparé une présentation générale du processus.</translation>
    </message>
    <message>
        <source>Please cite the CTI ratification tool and the model legislation.</source>
        <translation>Veuillez citer l’outil de ratification de la CTI et la législation type.</translation>
    </message>
    <message>
        <source>Thank you for your letter on the steps towards ratification of the Convention. The Secretariat has prepared an overview of the process, drawing on the CTI's ratification tool and on the model legislation it recommends.</source>
        <translation>Nous vous remercions de votre lettre relative aux étapes vers la ratification de la Convention. Le Secrétariat a préparé une présentation générale du processus, en s’appuyant sur l’outil de ratification de la CTI et sur la législation type qu’elle recommande.</translation>
    </message>
    <message>
        <source>The Secretariat stands ready to organise a technical exchange with officials of a State that completed the process recently.</source>
        <translation>Le Secrétariat se tient prêt à organiser un échange technique avec des fonctionnaires d’un État ayant récemment mené à bien ce processus.</translation>
    </message>
    <message>
        <source>Citations added as requested.</source>
        <translation>Citations ajoutées comme demandé.</translation>
    </message>
    <message>
        <source>Good to go.</source>
        <translation>Bon pour envoi.</translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation>Réponse d’attente</translation>
    </message>
    <message>
        <source>The Secretariat acknowledges receipt of your request and will reply in substance within three weeks.</source>
        <translation>Le Secrétariat accuse réception de votre demande et y répondra sur le fond dans un délai de trois semaines.</translation>
    </message>
    <message>
        <source>Ready for clearance.</source>
        <translation>Prêt pour validation.</translation>
    </message>
    <message>
        <source>Outline: national preventive mechanism, designation options.</source>
        <translation>Plan : mécanisme national de prévention, options de désignation.</translation>
    </message>
    <message>
        <source>The Secretariat outlines the options for designating a national preventive mechanism: a new body or an existing ombudsperson institution.</source>
        <translation>Le Secrétariat présente les options pour la désignation d’un mécanisme national de prévention : un nouvel organe ou une institution de médiation existante.</translation>
    </message>
    <message>
        <source>The Secretariat outlines the options for designating a national preventive mechanism: a new body, or the existing ombudsperson institution with a dedicated unit and its own budget.</source>
        <translation>Le Secrétariat présente les options pour la désignation d’un mécanisme national de prévention : un nouvel organe, ou l’institution de médiation existante dotée d’une unité spécialisée et de son propre budget.</translation>
    </message>
    <message>
        <source>Answer on the national preventive mechanism</source>
        <translation>Réponse sur le mécanisme national de prévention</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt sent</source>
        <translation>Accusé de réception envoyé</translation>
    </message>
    <message>
        <source>The requester was told that the Secretariat would reply by %1.</source>
        <translation>Le demandeur a été informé que le Secrétariat répondrait d’ici le %1.</translation>
    </message>
    <message>
        <source>Additional documents received</source>
        <translation>Documents complémentaires reçus</translation>
    </message>
    <message>
        <source>The requester sent the texts referred to in the request.</source>
        <translation>Le demandeur a envoyé les textes mentionnés dans la requête.</translation>
    </message>
    <message>
        <source>The request is outside the Initiative's mandate; the requester was referred to the competent United Nations office.</source>
        <translation>La requête sort du mandat de l’Initiative ; le demandeur a été orienté vers le bureau compétent des Nations Unies.</translation>
    </message>
    <message>
        <source>Reply sent: outside the Initiative's mandate</source>
        <translation>Réponse envoyée : hors du mandat de l’Initiative</translation>
    </message>
    <message>
        <source>The reply explained the Initiative's mandate and named the competent office.</source>
        <translation>La réponse a expliqué le mandat de l’Initiative et indiqué le bureau compétent.</translation>
    </message>
    <message>
        <source>Questions sent to the focal point</source>
        <translation>Questions envoyées au point focal</translation>
    </message>
    <message>
        <source>The Secretariat asked for the current text of the law before answering.</source>
        <translation>Le Secrétariat a demandé le texte en vigueur de la loi avant de répondre.</translation>
    </message>
    <message>
        <source>Answer sent</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>The signed answer was sent by e-mail to the focal point, with the tools it cites.</source>
        <translation>La réponse signée a été envoyée par courriel au point focal, avec les outils qu’elle cite.</translation>
    </message>
    <message>
        <source>Answer sent by e-mail as a signed letter prepared outside Advice Hub.</source>
        <translation>Réponse envoyée par courriel sous forme de lettre signée préparée hors d’Advice Hub.</translation>
    </message>
    <message>
        <source>Follow-up question received</source>
        <translation>Question de suivi reçue</translation>
    </message>
    <message>
        <source>The requester asked how the advice applies to a new draft.</source>
        <translation>Le demandeur a demandé comment l’avis s’applique à un nouveau projet de texte.</translation>
    </message>
    <message>
        <source>The requester asked a follow-up question on the same matter.</source>
        <translation>Le demandeur a posé une question de suivi sur le même sujet.</translation>
    </message>
    <message>
        <source>The Secretariat can answer from its own tools and earlier answers.</source>
        <translation>Le Secrétariat peut répondre à partir de ses propres outils et de réponses antérieures.</translation>
    </message>
    <message>
        <source>A partner is better placed for the practical support asked for.</source>
        <translation>Un partenaire est mieux placé pour l’appui pratique demandé.</translation>
    </message>
    <message>
        <source>Legal advice from the Secretariat; practical support from a partner.</source>
        <translation>Avis juridique du Secrétariat ; appui pratique d’un partenaire.</translation>
    </message>
    <message>
        <source>Outside the Initiative's mandate.</source>
        <translation>Hors du mandat de l’Initiative.</translation>
    </message>
    <message>
        <source>The partner has practical experience of this question and can provide an expert.</source>
        <translation>Le partenaire a une expérience pratique de cette question et peut fournir un expert.</translation>
    </message>
    <message>
        <source>The partner agreed to provide an expert.</source>
        <translation>Le partenaire a accepté de fournir un expert.</translation>
    </message>
    <message>
        <source>The partner's expert gave the advice; the requester thanked the Secretariat and the partner.</source>
        <translation>L’expert du partenaire a donné l’avis ; le demandeur a remercié le Secrétariat et le partenaire.</translation>
    </message>
</context>
<context>
    <name>DisclosureProfile</name>
    <message>
        <source>[name withheld]</source>
        <translation>[nom non divulgué]</translation>
    </message>
    <message>
        <source>a State</source>
        <translation>un État</translation>
    </message>
    <message>
        <source>a State in the %1 region</source>
        <translation>un État de la région %1</translation>
    </message>
    <message>
        <source>Confidential query %1</source>
        <translation>Requête confidentielle %1</translation>
    </message>
</context>
<context>
    <name>DisclosureRecord</name>
    <message>
        <source>Say what was disclosed.</source>
        <translation>Indiquez ce qui a été communiqué.</translation>
    </message>
    <message>
        <source>Copies are numbered from 1.</source>
        <translation>Les exemplaires sont numérotés à partir de 1.</translation>
    </message>
</context>
<context>
    <name>DraftText</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation>Réponse d’attente</translation>
    </message>
    <message>
        <source>Substantive response</source>
        <translation>Réponse sur le fond</translation>
    </message>
    <message>
        <source>Referral notice</source>
        <translation>Avis d’orientation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation>Soumis pour validation</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Marked sent</source>
        <translation>Marqué comme envoyé</translation>
    </message>
    <message>
        <source>Reopened by a new version</source>
        <translation>Rouvert par une nouvelle version</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation>La phrase secrète n’est pas correcte pour ce coffre.</translation>
    </message>
    <message>
        <source>This file is not an Advice Hub vault.</source>
        <translation>Ce fichier n’est pas un coffre Advice Hub.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Le coffre est endommagé et ne peut pas être lu. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Advice Hub. Update Advice Hub to open it; this version will not change it.</source>
        <translation>Ce coffre a été créé par une version plus récente d’Advice Hub. Mettez à jour Advice Hub pour l’ouvrir ; cette version ne le modifiera pas.</translation>
    </message>
    <message>
        <source>This vault is already open in another Advice Hub window or program. Close it there first.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre d’Advice Hub ou dans un autre programme. Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>A file already exists at this location; it was not changed.</source>
        <translation>Un fichier existe déjà à cet emplacement ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>The system does not allow Advice Hub to read or write this file.</source>
        <translation>Le système ne permet pas à Advice Hub de lire ou d’écrire ce fichier.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Le disque est plein. Rien n’a été modifié ; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Le fichier n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>La saisie n’est pas valide.</translation>
    </message>
    <message>
        <source>This is not allowed in the current state.</source>
        <translation>Cette opération n’est pas permise dans l’état actuel.</translation>
    </message>
    <message>
        <source>The record was changed elsewhere; reload it and try again.</source>
        <translation>L’enregistrement a été modifié ailleurs ; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>An internal error occurred. Nothing was changed.</source>
        <translation>Une erreur interne s’est produite. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key (%1 MiB are needed).</source>
        <translation>Mémoire insuffisante pour dériver la clé du coffre (%1 Mio nécessaires).</translation>
    </message>
    <message>
        <source>Out of memory. Nothing was changed.</source>
        <translation>Mémoire insuffisante. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La phrase secrète ne doit pas être vide.</translation>
    </message>
    <message>
        <source>This encrypted database is not an Advice Hub vault.</source>
        <translation>Cette base de données chiffrée n’est pas un coffre Advice Hub.</translation>
    </message>
    <message>
        <source>The vault file is incomplete (truncated). Restore it from a backup.</source>
        <translation>Le fichier du coffre est incomplet (tronqué). Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>La phrase secrète actuelle n’est pas correcte.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase secrète est identique à l’actuelle.</translation>
    </message>
    <message>
        <source>The disk is full: changing the passphrase needs about %1 MB of free space next to the vault. Nothing was changed; the vault still opens with the current passphrase.</source>
        <translation>Le disque est plein : le changement de phrase secrète nécessite environ %1 Mo d’espace libre à côté du coffre. Rien n’a été modifié ; le coffre s’ouvre toujours avec la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed. The vault still opens with the current passphrase.</source>
        <translation>La phrase secrète n’a pas pu être changée. Le coffre s’ouvre toujours avec la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (%1) The vault still opens with the current passphrase.</source>
        <translation>La phrase secrète n’a pas pu être changée (%1) Le coffre s’ouvre toujours avec la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>La ligne %1 de la table %2 fait référence à une ligne manquante de la table %3.</translation>
    </message>
    <message>
        <source>A page of the vault failed authentication or is corrupt (SQLite error %1).</source>
        <translation>Une page du coffre a échoué à l’authentification ou est corrompue (erreur SQLite %1).</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be written. Nothing was left behind and the vault is unchanged; free some space and try again.</source>
        <translation>Le disque est plein : la sauvegarde n’a pas pu être écrite. Rien n’a été laissé sur le disque et le coffre est inchangé ; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The vault's passphrase is not correct.</source>
        <translation>La phrase secrète du coffre n’est pas correcte.</translation>
    </message>
    <message>
        <source>The vault is busy; try the backup again.</source>
        <translation>Le coffre est occupé ; relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder for the backup does not exist.</source>
        <translation>Le dossier de la sauvegarde n’existe pas.</translation>
    </message>
    <message>
        <source>A folder already exists at this location.</source>
        <translation>Un dossier existe déjà à cet emplacement.</translation>
    </message>
    <message>
        <source>A backup cannot replace the vault it is made from.</source>
        <translation>Une sauvegarde ne peut pas remplacer le coffre à partir duquel elle est faite.</translation>
    </message>
    <message>
        <source>The backup could not be verified after writing it, so it was deleted.</source>
        <translation>La sauvegarde n’a pas pu être vérifiée après son écriture ; elle a donc été supprimée.</translation>
    </message>
    <message>
        <source>A file already exists where the restored vault should go; a restore never replaces a file. Choose a new name.</source>
        <translation>Un fichier existe déjà là où le coffre restauré doit aller ; une restauration ne remplace jamais un fichier. Choisissez un nouveau nom.</translation>
    </message>
    <message numerus="yes">
        <source>The backup is damaged (%n problem(s)); nothing was restored.</source>
        <translation>
            <numerusform>La sauvegarde est endommagée (%n problème) ; rien n’a été restauré.</numerusform>
            <numerusform>La sauvegarde est endommagée (%n problèmes) ; rien n’a été restauré.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder for automatic backups does not exist.</source>
        <translation>Le dossier des sauvegardes automatiques n’existe pas.</translation>
    </message>
    <message>
        <source>The file or its folder does not exist.</source>
        <translation>Le fichier ou son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>This is a folder, not an Advice Hub vault.</source>
        <translation>Ceci est un dossier, pas un coffre Advice Hub.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Ceci n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The vault file is read-only. Advice Hub needs to be able to write it.</source>
        <translation>Le fichier du coffre est en lecture seule. Advice Hub doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>The file is empty; it is not an Advice Hub vault.</source>
        <translation>Le fichier est vide ; ce n’est pas un coffre Advice Hub.</translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite database, not an Advice Hub vault.</source>
        <translation>Ceci est une base de données SQLite non chiffrée, pas un coffre Advice Hub.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s) (%1)</source>
        <translation>
            <numerusform>sur %n page (%1)</numerusform>
            <numerusform>sur %n pages (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault was made with the key derivation meant for automated tests only (%1 MiB, %2 pass): its passphrase can be tried far faster than on a real vault. Do not keep real cases in it; create a new vault and import them there.</source>
        <translation>Ce coffre a été créé avec la dérivation de clé réservée aux tests automatisés (%1 Mio, %2 passe) : sa phrase secrète peut être essayée bien plus vite que sur un vrai coffre. N’y conservez pas de vrais dossiers ; créez un nouveau coffre et importez-les dans celui-ci.</translation>
    </message>
    <message>
        <source>The vault is busy; try compacting it again.</source>
        <translation>Le coffre est occupé ; réessayez de le compacter.</translation>
    </message>
    <message>
        <source>The disk is full: compacting the vault needs about %1 MB of free space next to it. Nothing was changed.</source>
        <translation>Le disque est plein : le compactage du coffre nécessite environ %1 Mo d’espace libre à côté de celui-ci. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Compacting this vault needs about %1 MB of free memory (the compacted copy is built in memory, never in an unencrypted temporary file), and %2 MB are available. Close other programs and try again, or make a backup: a backup is compacted, and restoring it reclaims the space. Nothing was changed.</source>
        <translation>Le compactage de ce coffre nécessite environ %1 Mo de mémoire libre (la copie compactée est construite en mémoire, jamais dans un fichier temporaire non chiffré), et %2 Mo sont disponibles. Fermez d’autres programmes et réessayez, ou faites une sauvegarde : une sauvegarde est compactée, et sa restauration récupère l’espace. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault was compacted, but the check afterwards found problems. Run Check Integrity and restore the latest backup if it reports damage.</source>
        <translation>Le coffre a été compacté, mais la vérification effectuée ensuite a détecté des problèmes. Lancez Vérifier l’intégrité et restaurez la dernière sauvegarde si des dommages sont signalés.</translation>
    </message>
    <message>
        <source>A file is in the way of the backups folder %1.</source>
        <translation>Un fichier occupe la place du dossier des sauvegardes %1.</translation>
    </message>
    <message>
        <source>The backups folder %1 could not be created.</source>
        <translation>Le dossier des sauvegardes %1 n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existe déjà.
Voulez-vous le remplacer ?</translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>The date is not valid.</source>
        <translation>La date n’est pas valide.</translation>
    </message>
    <message>
        <source>The name is too long (at most 120 characters).</source>
        <translation>Le nom est trop long (120 caractères au maximum).</translation>
    </message>
    <message>
        <source>%1 is already an office holiday (“%2”).</source>
        <translation>Le %1 est déjà un jour férié du bureau (« %2 »).</translation>
    </message>
    <message>
        <source>%1 is not an office holiday.</source>
        <translation>Le %1 n’est pas un jour férié du bureau.</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>scripts</source>
        <translation>scripts</translation>
    </message>
    <message>
        <source>event handler attributes</source>
        <translation>attributs de gestionnaire d’événements</translation>
    </message>
    <message>
        <source>links to addresses other than http, https and mailto (their text is kept)</source>
        <translation>liens vers des adresses autres que http, https et mailto (leur texte est conservé)</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>embedded frames, objects and media</source>
        <translation>cadres, objets et médias intégrés</translation>
    </message>
    <message>
        <source>forms and form controls</source>
        <translation>formulaires et contrôles de formulaire</translation>
    </message>
    <message>
        <source>SVG and MathML graphics</source>
        <translation>graphiques SVG et MathML</translation>
    </message>
    <message>
        <source>style sheets</source>
        <translation>feuilles de style</translation>
    </message>
    <message>
        <source>references to external resources</source>
        <translation>références à des ressources externes</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>unsupported inline styles</source>
        <translation>styles en ligne non pris en charge</translation>
    </message>
    <message>
        <source>unsupported attributes (class, id…)</source>
        <translation>attributs non pris en charge (class, id…)</translation>
    </message>
    <message>
        <source>unsupported elements (their text is kept)</source>
        <translation>éléments non pris en charge (leur texte est conservé)</translation>
    </message>
    <message>
        <source>structure nested too deeply (its text is kept)</source>
        <translation>structure trop profondément imbriquée (son texte est conservé)</translation>
    </message>
    <message>
        <source>The HTML parser could not be started.</source>
        <translation>L’analyseur HTML n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>The text is nested too deeply to be read (more than 256 levels of elements). Nothing was kept; paste it as plain text instead.</source>
        <translation>Le texte est trop profondément imbriqué pour être lu (plus de 256 niveaux d’éléments). Rien n’a été conservé ; collez-le plutôt en texte brut.</translation>
    </message>
    <message>
        <source>The text could not be read completely as HTML. Nothing was kept; paste it as plain text instead.</source>
        <translation>Le texte n’a pas pu être lu entièrement en HTML. Rien n’a été conservé ; collez-le plutôt en texte brut.</translation>
    </message>
    <message>
        <source>The text is too large to keep in a draft (%1 MB; at most %2 MB). Nothing was kept.</source>
        <translation>Le texte est trop volumineux pour être conservé dans un projet (%1 Mo ; %2 Mo au maximum). Rien n’a été conservé.</translation>
    </message>
</context>
<context>
    <name>KeptWork</name>
    <message>
        <source>Discard this unsaved work? It was kept when the vault locked; once discarded it cannot be recovered.</source>
        <translation>Abandonner ce travail non enregistré ? Il avait été conservé au verrouillage du coffre ; une fois abandonné, il ne peut plus être récupéré.</translation>
    </message>
</context>
<context>
    <name>LinkKinds</name>
    <message>
        <source>related to</source>
        <translation>liée à</translation>
    </message>
    <message>
        <source>follow-up of</source>
        <translation>suite de</translation>
    </message>
    <message>
        <source>followed up by</source>
        <translation>suivie par</translation>
    </message>
</context>
<context>
    <name>OfficeTextExtractor</name>
    <message>
        <source>The document is damaged or not of its type: a part it needs is missing.</source>
        <translation>Le document est endommagé ou n’est pas du type annoncé : une partie nécessaire est manquante.</translation>
    </message>
    <message>
        <source>The document's text would be larger than %1 MiB uncompressed; it was not read (a "zip bomb"?).</source>
        <translation>Le texte du document dépasserait %1 Mio une fois décompressé ; il n’a pas été lu (une « bombe zip » ?).</translation>
    </message>
    <message>
        <source>The document holds more than %1 parts; it was not read.</source>
        <translation>Le document contient plus de %1 parties ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The document is protected by a password.</source>
        <translation>Le document est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>The document is not valid: it declares a document type (DTD).</source>
        <translation>Le document n’est pas valide : il déclare un type de document (DTD).</translation>
    </message>
    <message>
        <source>The archive is not a word-processing document.</source>
        <translation>L’archive n’est pas un document de traitement de texte.</translation>
    </message>
    <message>
        <source>The document is damaged and its text could not be read.</source>
        <translation>Le document est endommagé et son texte n’a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>Only the beginning of the text (%n characters) can be searched.</source>
        <translation>
            <numerusform>Seul le début du texte (%n caractère) est pris en compte par la recherche.</numerusform>
            <numerusform>Seul le début du texte (%n caractères) est pris en compte par la recherche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerFieldText</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strategic partner</source>
        <translation>Partenaire stratégique</translation>
    </message>
    <message>
        <source>Areas of expertise</source>
        <translation>Domaines d’expertise</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>PartnerText</name>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>UN body</source>
        <translation>Organe des Nations Unies</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>Organe conventionnel</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Procédure spéciale</translation>
    </message>
    <message>
        <source>UN fund</source>
        <translation>Fonds des Nations Unies</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Agence des Nations Unies</translation>
    </message>
    <message>
        <source>Regional body</source>
        <translation>Organisation régionale</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institution nationale des droits de l’homme</translation>
    </message>
    <message>
        <source>Academic centre</source>
        <translation>Centre universitaire</translation>
    </message>
    <message>
        <source>Independent expert</source>
        <translation>Expert indépendant</translation>
    </message>
    <message>
        <source>State (Group of Friends)</source>
        <translation>État (Groupe des amis)</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Choisissez une phrase secrète : plusieurs mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>Keep it safe: without it the vault cannot be opened, by anyone.</source>
        <translation>Conservez-la en lieu sûr : sans elle, personne ne peut ouvrir le coffre.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add more unrelated words; avoid names, dates and common phrases.</source>
        <translation>Trop facile à deviner. Ajoutez d’autres mots sans rapport entre eux ; évitez les noms, les dates et les expressions courantes.</translation>
    </message>
</context>
<context>
    <name>PendingEditService</name>
    <message>
        <source>This unsaved work was already restored or discarded.</source>
        <translation>Ce travail non enregistré a déjà été restauré ou abandonné.</translation>
    </message>
</context>
<context>
    <name>PlainTextExtractor</name>
    <message>
        <source>The file holds binary data (NUL bytes), not text.</source>
        <translation>Le fichier contient des données binaires (octets NUL), et non du texte.</translation>
    </message>
    <message>
        <source>The file is marked as UTF-8 text but is not valid UTF-8.</source>
        <translation>Le fichier est indiqué comme texte UTF-8 mais n’est pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>The file is marked as UTF-16 or UTF-32 text but is damaged.</source>
        <translation>Le fichier est indiqué comme texte UTF-16 ou UTF-32 mais est endommagé.</translation>
    </message>
    <message numerus="yes">
        <source>Only the beginning of the text (%n characters) can be searched.</source>
        <translation>
            <numerusform>Seul le début du texte (%n caractère) est pris en compte par la recherche.</numerusform>
            <numerusform>Seul le début du texte (%n caractères) est pris en compte par la recherche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>STRICTLY CONFIDENTIAL</source>
        <translation>STRICTEMENT CONFIDENTIEL</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Request in brief</source>
        <translation>Demande en bref</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Date d’envoi : %1.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Sent without consent on a head's recorded justification</source>
        <translation>Envoyée sans consentement, sur justification consignée d’un Chef</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None: the query is %1.</source>
        <translation>Aucune : la requête est %1.</translation>
    </message>
    <message>
        <source>Answer due %1 (overdue).</source>
        <translation>Échéance de la réponse : %1 (dépassée).</translation>
    </message>
    <message>
        <source>Answer due %1.</source>
        <translation>Échéance de la réponse : %1.</translation>
    </message>
    <message>
        <source>Awaiting the requester since %1.</source>
        <translation>En attente du demandeur depuis %1.</translation>
    </message>
    <message>
        <source>Follow up the referral to %1 by %2.</source>
        <translation>Assurer le suivi de l’orientation à %1 (échéance : %2).</translation>
    </message>
    <message>
        <source>Referral to %1: %2.</source>
        <translation>Orientation vers %1 : %2.</translation>
    </message>
    <message>
        <source>Advice Hub — %1</source>
        <translation>Advice Hub — %1</translation>
    </message>
    <message>
        <source>A partner gets a partner extract of a referral, not a case summary.</source>
        <translation>Un partenaire reçoit l’extrait pour le partenaire d’une orientation, et non un résumé du dossier.</translation>
    </message>
    <message>
        <source>Choose at least one query for the briefing pack.</source>
        <translation>Choisissez au moins une requête pour le dossier d’information.</translation>
    </message>
    <message>
        <source>A briefing pack is printed for the Secretariat or for a Core State briefing.</source>
        <translation>Un dossier d’information est imprimé pour le Secrétariat ou pour l’information des États du groupe restreint.</translation>
    </message>
    <message>
        <source>Print from 1 to %1 copies.</source>
        <translation>Imprimez de 1 à %1 exemplaires.</translation>
    </message>
    <message>
        <source>"Prepared for" is one line of at most %1 characters.</source>
        <translation>« Préparé pour » tient sur une seule ligne de %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The watermark is one line of at most %1 characters.</source>
        <translation>Le filigrane tient sur une seule ligne de %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The title is one line of at most %1 characters.</source>
        <translation>Le titre tient sur une seule ligne de %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The period is one line of at most %1 characters.</source>
        <translation>La période tient sur une seule ligne de %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Prepared for: %1</source>
        <translation>Préparé pour : %1</translation>
    </message>
    <message>
        <source>Marking: %1</source>
        <translation>Confidentialité : %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>Queries: %1</source>
        <translation>Requêtes : %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consentement : %1</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Champs partagés : %1</translation>
    </message>
    <message>
        <source>A response is printed for the Secretariat or for a Core State briefing.</source>
        <translation>Une réponse est imprimée pour le Secrétariat ou pour l’information des États du groupe restreint.</translation>
    </message>
    <message>
        <source>Advice Hub</source>
        <translation>Advice Hub</translation>
    </message>
    <message>
        <source>The Secretariat</source>
        <translation>Le Secrétariat</translation>
    </message>
    <message>
        <source>Our ref.: %1</source>
        <translation>Notre réf. : %1</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation>Impression : %1 (%2)</translation>
    </message>
    <message>
        <source>Saved %1 (%2) as PDF %3</source>
        <translation>Enregistrement en PDF : %1 (%2), fichier %3</translation>
    </message>
    <message>
        <source>, copy %1 of %2</source>
        <translation>, exemplaire %1 sur %2</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n’y a rien à imprimer.</translation>
    </message>
    <message>
        <source>A printed document shows at least one query.</source>
        <translation>Un document imprimé présente au moins une requête.</translation>
    </message>
    <message>
        <source>The PDF of %1 is empty.</source>
        <translation>Le PDF de %1 est vide.</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Core State briefing</source>
        <translation>Information des États du groupe restreint</translation>
    </message>
    <message>
        <source>Partner extract</source>
        <translation>Extrait pour le partenaire</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d’information</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>QueryChoices</name>
    <message>
        <source>%1 (former adviser)</source>
        <translation>%1 (ancien conseiller)</translation>
    </message>
</context>
<context>
    <name>QueryCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Column %1 has no name.</source>
        <translation>La colonne %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>The column %1 appears twice (columns %2 and %3).</source>
        <translation>La colonne %1 apparaît deux fois (colonnes %2 et %3).</translation>
    </message>
    <message>
        <source>The required column %1 is missing.</source>
        <translation>La colonne obligatoire %1 est absente.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2. (A text with commas or line breaks must be in double quotes.)</source>
        <translation>La ligne comporte %1 champs ; l’en-tête en comporte %2. (Un texte contenant des virgules ou des sauts de ligne doit être entre guillemets doubles.)</translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-03-14.</source>
        <translation>%1 n’est pas une date comme 2026-03-14.</translation>
    </message>
    <message>
        <source>Unknown channel %1.</source>
        <translation>Canal %1 inconnu.</translation>
    </message>
    <message>
        <source>Unknown State %1 (use the ISO code, e.g. GH or GHA, or the name).</source>
        <translation>État %1 inconnu (utilisez le code ISO, par exemple GH ou GHA, ou le nom).</translation>
    </message>
    <message>
        <source>Unknown institution type %1.</source>
        <translation>Type d’institution %1 inconnu.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Langue %1 inconnue.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level %1 (standard, confidential or strictly_confidential).</source>
        <translation>Niveau de confidentialité %1 inconnu (standard, confidential ou strictly_confidential).</translation>
    </message>
    <message>
        <source>Unknown theme %1.</source>
        <translation>Thème %1 inconnu.</translation>
    </message>
    <message>
        <source>%1 is not an article of the Convention (1 to 33).</source>
        <translation>%1 n’est pas un article de la Convention (1 à 33).</translation>
    </message>
    <message>
        <source>Unknown priority %1 (urgent, high, normal or low).</source>
        <translation>Priorité %1 inconnue (urgent, high, normal ou low).</translation>
    </message>
    <message>
        <source>There is no adviser called %1 in this vault.</source>
        <translation>Aucun conseiller ne s’appelle %1 dans ce coffre.</translation>
    </message>
    <message>
        <source>Unknown route %1 (in_house, refer, both or out_of_scope).</source>
        <translation>Traitement %1 inconnu (in_house, refer, both ou out_of_scope).</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Statut %1 inconnu.</translation>
    </message>
    <message>
        <source>%1 is not a reference like AH-2026-0042.</source>
        <translation>%1 n’est pas une référence comme AH-2026-0042.</translation>
    </message>
    <message>
        <source>The reference %1 is also on line %2.</source>
        <translation>La référence %1 figure aussi à la ligne %2.</translation>
    </message>
    <message>
        <source>The reference %1 is already in this vault.</source>
        <translation>La référence %1 existe déjà dans ce coffre.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’importation a été annulée ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>Le fichier est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>A double quote opened here is never closed. Nothing after it could be read.</source>
        <translation>Un guillemet double ouvert ici n’est jamais fermé. Rien de ce qui suit n’a pu être lu.</translation>
    </message>
    <message>
        <source>Misplaced double quote: a field that contains a quote must be enclosed in double quotes and the quote doubled (""). Nothing after this line could be read.</source>
        <translation>Guillemet double mal placé : un champ qui contient un guillemet doit être entouré de guillemets doubles et le guillemet doublé (""). Rien après cette ligne n’a pu être lu.</translation>
    </message>
    <message>
        <source>The file has a header but no queries.</source>
        <translation>Le fichier a un en-tête mais aucune requête.</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>L’exportation n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L’exportation a été annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Exported to %1 (%2)</source>
        <translation>Exportée vers %1 (%2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Le fichier est un texte UTF-16. Enregistrez-le au format « CSV UTF-8 » et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first wrong character on line %1). Save it as “CSV UTF-8” and import it again.</source>
        <translation>Le fichier n’est pas un texte UTF-8 (premier caractère erroné à la ligne %1). Enregistrez-le au format « CSV UTF-8 » et importez-le de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>(a text of %n characters, not shown)</source>
        <translation>
            <numerusform>(un texte de %n caractère, non affiché)</numerusform>
            <numerusform>(un texte de %n caractères, non affiché)</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: the export to %1 could not be written. Nothing was recorded.</source>
        <translation>Le disque est plein : l’exportation vers %1 n’a pas pu être écrite. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written (%2). Nothing was recorded.</source>
        <translation>L’exportation vers %1 n’a pas pu être écrite (%2). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: split it into several files and import them one after the other.</source>
        <translation>Le fichier dépasse %1 Mo : divisez-le en plusieurs fichiers et importez-les l’un après l’autre.</translation>
    </message>
    <message>
        <source>Column %1 (%2): the mapping sends it to %3, which is not a column of Advice Hub.</source>
        <translation>Colonne %1 (%2) : la correspondance l’envoie vers %3, qui n’est pas une colonne d’Advice Hub.</translation>
    </message>
    <message>
        <source>Column %1: unknown column name %2. The columns are: %3.</source>
        <translation>Colonne %1 : nom de colonne inconnu %2. Les colonnes sont : %3.</translation>
    </message>
    <message>
        <source>The file could not be read to its end; nothing was imported.</source>
        <translation>Le fichier n’a pas pu être lu jusqu’au bout ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The disk is full; the export could not be written.</source>
        <translation>Le disque est plein ; l’exportation n’a pas pu être écrite.</translation>
    </message>
</context>
<context>
    <name>QueryFinder</name>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>QuerySearch</name>
    <message>
        <source>All queries</source>
        <translation>Toutes les requêtes</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>My queries</source>
        <translation>Mes requêtes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation>En attente du demandeur</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>Give the search a name.</source>
        <translation>Donnez un nom à la recherche.</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>Le nom est trop long (100 caractères au maximum).</translation>
    </message>
    <message>
        <source>No such saved search.</source>
        <translation>Recherche enregistrée introuvable.</translation>
    </message>
    <message>
        <source>The search has %1 words; search for at most %2 words at a time.</source>
        <translation>La recherche compte %1 mots ; recherchez au plus %2 mots à la fois.</translation>
    </message>
</context>
<context>
    <name>QueryText</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation>En attente du demandeur</translation>
    </message>
    <message>
        <source>Response sent</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orientée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Strictement confidentiel</translation>
    </message>
    <message>
        <source>Answer in-house</source>
        <translation>Réponse en interne</translation>
    </message>
    <message>
        <source>Refer to a partner</source>
        <translation>Orientation vers un partenaire</translation>
    </message>
    <message>
        <source>Answer and refer</source>
        <translation>Réponse et orientation</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors mandat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>État requérant</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Type d’institution</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Contact function</source>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>UNCAT articles</source>
        <translation>Articles de la Convention contre la torture</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Assigned adviser</source>
        <translation>Conseiller assigné</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation>Marquer comme nouvelle</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Start Work</source>
        <translation>Commencer le travail</translation>
    </message>
    <message>
        <source>Wait for Requester</source>
        <translation>Attendre le demandeur</translation>
    </message>
    <message>
        <source>Mark Response Sent</source>
        <translation>Marquer la réponse comme envoyée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Mark as Referred</source>
        <translation>Marquer comme orientée</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Décliner</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Consent obtained</source>
        <translation>Consentement obtenu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Mark Consent Obtained</source>
        <translation>Marquer le consentement comme obtenu</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Mark Accepted</source>
        <translation>Marquer comme acceptée</translation>
    </message>
    <message>
        <source>Mark Declined</source>
        <translation>Marquer comme refusée</translation>
    </message>
    <message>
        <source>Mark Completed</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation>Texte de la demande</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>UNCAT articles</source>
        <translation>Articles de la Convention contre la torture</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>Note verbale</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>Spell checking is off: the %1 dictionary (%2) is not installed.</source>
        <translation>La vérification orthographique est désactivée : le dictionnaire orthographique (%1, %2) n’est pas installé.</translation>
    </message>
    <message>
        <source>Spell checking is off: the %1 dictionary is not in UTF-8.</source>
        <translation>La vérification orthographique est désactivée : le dictionnaire orthographique (%1) n’est pas encodé en UTF-8.</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Registered</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail received</source>
        <translation>Courriel reçu</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>Courriel envoyé</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Suppression du lien</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
</context>
<context>
    <name>TypedText</name>
    <message>
        <source>Discard what you typed? It has not been saved and cannot be recovered.</source>
        <translation>Abandonner ce que vous avez saisi ? Ce texte n’a pas été enregistré et ne pourra pas être récupéré.</translation>
    </message>
</context>
<context>
    <name>WordDiffer</name>
    <message>
        <source>bold added</source>
        <translation>gras ajouté</translation>
    </message>
    <message>
        <source>bold removed</source>
        <translation>gras supprimé</translation>
    </message>
    <message>
        <source>italic added</source>
        <translation>italique ajouté</translation>
    </message>
    <message>
        <source>italic removed</source>
        <translation>italique supprimé</translation>
    </message>
    <message>
        <source>underline added</source>
        <translation>soulignement ajouté</translation>
    </message>
    <message>
        <source>underline removed</source>
        <translation>soulignement supprimé</translation>
    </message>
    <message>
        <source>strikethrough added</source>
        <translation>barré ajouté</translation>
    </message>
    <message>
        <source>strikethrough removed</source>
        <translation>barré supprimé</translation>
    </message>
    <message>
        <source>superscript or subscript changed</source>
        <translation>exposant ou indice modifié</translation>
    </message>
    <message>
        <source>code formatting changed</source>
        <translation>mise en forme de code modifiée</translation>
    </message>
    <message>
        <source>quotation added</source>
        <translation>citation ajoutée</translation>
    </message>
    <message>
        <source>quotation removed</source>
        <translation>citation supprimée</translation>
    </message>
    <message>
        <source>heading added</source>
        <translation>titre ajouté</translation>
    </message>
    <message>
        <source>heading removed</source>
        <translation>titre supprimé</translation>
    </message>
    <message>
        <source>heading level changed</source>
        <translation>niveau de titre modifié</translation>
    </message>
    <message>
        <source>bulleted list added</source>
        <translation>liste à puces ajoutée</translation>
    </message>
    <message>
        <source>bulleted list removed</source>
        <translation>liste à puces supprimée</translation>
    </message>
    <message>
        <source>numbered list added</source>
        <translation>liste numérotée ajoutée</translation>
    </message>
    <message>
        <source>numbered list removed</source>
        <translation>liste numérotée supprimée</translation>
    </message>
    <message>
        <source>list nesting changed</source>
        <translation>imbrication de liste modifiée</translation>
    </message>
    <message>
        <source>alignment changed</source>
        <translation>alignement modifié</translation>
    </message>
    <message>
        <source>indentation changed</source>
        <translation>retrait modifié</translation>
    </message>
    <message>
        <source>link added</source>
        <translation>lien ajouté</translation>
    </message>
    <message>
        <source>link removed</source>
        <translation>lien supprimé</translation>
    </message>
    <message>
        <source>link address changed</source>
        <translation>adresse du lien modifiée</translation>
    </message>
    <message>
        <source>table added</source>
        <translation>tableau ajouté</translation>
    </message>
    <message>
        <source>table removed</source>
        <translation>tableau supprimé</translation>
    </message>
</context>
<context>
    <name>advicehub::attachments::AttachmentIntegrity</name>
    <message>
        <source>The list of attachments could not be read (SQLite error %1).</source>
        <translation>La liste des pièces jointes n’a pas pu être lue (erreur SQLite %1).</translation>
    </message>
    <message>
        <source>Attachment %1 (%2)</source>
        <translation>Pièce jointe %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is incomplete: it has no content.</source>
        <translation>%1 est incomplète : elle n’a pas de contenu.</translation>
    </message>
    <message>
        <source>%1: chunk %2 does not match its SHA-256 (the stored content is damaged).</source>
        <translation>%1 : le bloc %2 ne correspond pas à son SHA-256 (le contenu stocké est endommagé).</translation>
    </message>
    <message>
        <source>%1: chunks are missing (%2 recorded).</source>
        <translation>%1 : des blocs sont manquants (%2 enregistrés).</translation>
    </message>
    <message>
        <source>%1: %2 bytes stored, %3 recorded.</source>
        <translation>%1 : %2 octets stockés, %3 enregistrés.</translation>
    </message>
    <message>
        <source>%1: its content does not match its SHA-256.</source>
        <translation>%1 : son contenu ne correspond pas à son SHA-256.</translation>
    </message>
    <message>
        <source>%1 could not be read: a page of the vault failed authentication or is corrupt (SQLite error %2).</source>
        <translation>%1 n’a pas pu être lue : une page du coffre a échoué à l’authentification ou est corrompue (erreur SQLite %2).</translation>
    </message>
</context>
<context>
    <name>advicehub::attachments::AttachmentService</name>
    <message>
        <source>The attachment %1 is damaged in the vault (its content does not match its SHA-256). Run Vault ▸ Check Integrity, and restore a backup if needed.</source>
        <translation>La pièce jointe %1 est endommagée dans le coffre (son contenu ne correspond pas à son SHA-256). Lancez Coffre ▸ Vérifier l’intégrité et restaurez une sauvegarde si nécessaire.</translation>
    </message>
    <message>
        <source>The vault was locked while the attachment was read.</source>
        <translation>Le coffre a été verrouillé pendant la lecture de la pièce jointe.</translation>
    </message>
    <message>
        <source>The attachment %1 is no longer in the vault, or is incomplete.</source>
        <translation>La pièce jointe %1 n’est plus dans le coffre, ou est incomplète.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>Pièce jointe introuvable.</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes): there is nothing to attach.</source>
        <translation>Le fichier %1 est vide (0 octet) : il n’y a rien à joindre.</translation>
    </message>
    <message>
        <source>The file %1 (%2) is larger than the limit for attachments, %3. Nothing was attached.</source>
        <translation>Le fichier %1 (%2) dépasse la limite fixée pour les pièces jointes, %3. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being read. Nothing was attached; try again once it is complete.</source>
        <translation>Le fichier %1 a été modifié pendant sa lecture. Rien n’a été joint ; réessayez une fois qu’il sera complet.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Nothing was attached.</source>
        <translation>Le fichier %1 n’a pas pu être lu. Rien n’a été joint.</translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>La description compte plus de %n caractère.</numerusform>
            <numerusform>La description compte plus de %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language must be a language code of two or three letters (for example en, fr, es).</source>
        <translation>La langue doit être un code de langue de deux ou trois lettres (par exemple en, fr, es).</translation>
    </message>
    <message>
        <source>not enough memory to read the file's text</source>
        <translation>mémoire insuffisante pour lire le texte du fichier</translation>
    </message>
    <message>
        <source>the file's text could not be read</source>
        <translation>le texte du fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder: attach the files in it one by one.</source>
        <translation>%1 est un dossier : joignez un à un les fichiers qu’il contient.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe) and cannot be attached.</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique ou un tube) et ne peut pas être joint.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (permission denied).</source>
        <translation>Le fichier %1 ne peut pas être lu (autorisation refusée).</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Le fichier %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was attached.</source>
        <translation>Annulé : rien n’a été joint.</translation>
    </message>
    <message>
        <source>No such query.</source>
        <translation>Requête introuvable.</translation>
    </message>
    <message>
        <source>This query was merged into another; attach the file there.</source>
        <translation>Cette requête a été fusionnée dans une autre ; joignez-y plutôt le fichier.</translation>
    </message>
    <message>
        <source>The timeline entry is not one of this query's.</source>
        <translation>Cette entrée d’historique n’appartient pas à cette requête.</translation>
    </message>
    <message>
        <source>The same file is already attached to this query as %1. Nothing was attached.</source>
        <translation>Le même fichier est déjà joint à cette requête sous le nom %1. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>Attachment %1 added (%2, %3)</source>
        <translation>Pièce jointe %1 ajoutée (%2, %3)</translation>
    </message>
    <message>
        <source>The attachment %1 is %2: too large to read at once.</source>
        <translation>La pièce jointe %1 fait %2 : elle est trop volumineuse pour être lue en une fois.</translation>
    </message>
    <message>
        <source>This attachment was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Cette pièce jointe a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>Attachment %1: description changed</source>
        <translation>Pièce jointe %1 : description modifiée</translation>
    </message>
    <message>
        <source>Attachment %1 removed (%2, SHA-256 %3)</source>
        <translation>Pièce jointe %1 supprimée (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Attachment %1 (SHA-256 %2) saved as a copy to %3</source>
        <translation>Pièce jointe %1 (SHA-256 %2) enregistrée en copie dans %3</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajoutée par</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Attachment %1 linked to timeline entry %2</source>
        <translation>Pièce jointe %1 liée à l’entrée de l’historique %2</translation>
    </message>
    <message>
        <source>Attachment %1 no longer linked to a timeline entry</source>
        <translation>Pièce jointe %1 dissociée de son entrée de l’historique</translation>
    </message>
</context>
<context>
    <name>advicehub::attachments::AttachmentText</name>
    <message>
        <source>Text found</source>
        <translation>Texte trouvé</translation>
    </message>
    <message>
        <source>No text (a scan?)</source>
        <translation>Aucun texte (un document numérisé ?)</translation>
    </message>
    <message>
        <source>Text could not be read</source>
        <translation>Le texte n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Not searchable (type not supported)</source>
        <translation>Recherche impossible (type non pris en charge)</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Le fichier doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>The file name is longer than %n characters; rename the file and attach it again.</source>
        <translation>
            <numerusform>Le nom du fichier compte plus de %n caractère ; renommez le fichier et joignez-le de nouveau.</numerusform>
            <numerusform>Le nom du fichier compte plus de %n caractères ; renommez le fichier et joignez-le de nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::attachments::TextExtractors</name>
    <message>
        <source>The text of the document could not be read.</source>
        <translation>Le texte du document n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The text of this type of file is not searchable.</source>
        <translation>Le texte de ce type de fichier ne peut pas faire l’objet d’une recherche.</translation>
    </message>
</context>
<context>
    <name>advicehub::casefile</name>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 n’a pas pu être remplacé.</translation>
    </message>
    <message>
        <source>Permission denied: %1.</source>
        <translation>Autorisation refusée : %1.</translation>
    </message>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>Le disque est plein ; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
</context>
<context>
    <name>advicehub::drafts::DraftService</name>
    <message>
        <source>This draft was sent: it is locked. Copy it into a new draft to reuse its text.</source>
        <translation>Ce projet a été envoyé : il est verrouillé. Copiez-le dans un nouveau projet pour en réutiliser le texte.</translation>
    </message>
    <message>
        <source>This draft was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Ce projet a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>No such draft.</source>
        <translation>Projet introuvable.</translation>
    </message>
    <message>
        <source>This draft is already submitted for clearance.</source>
        <translation>Ce projet est déjà soumis pour validation.</translation>
    </message>
    <message>
        <source>This draft is cleared already; mark it sent, or save a new version to change it.</source>
        <translation>Ce projet est déjà validé ; marquez-le comme envoyé, ou enregistrez une nouvelle version pour le modifier.</translation>
    </message>
    <message>
        <source>Only a draft submitted for clearance can be cleared (this one is “%1”).</source>
        <translation>Seul un projet soumis pour validation peut être validé (celui-ci a le statut « %1 »).</translation>
    </message>
    <message>
        <source>Changes can be requested only on a draft submitted for clearance (this one is “%1”).</source>
        <translation>Des modifications ne peuvent être demandées que sur un projet soumis pour validation (celui-ci a le statut « %1 »).</translation>
    </message>
    <message>
        <source>Choose who you are first: clearance is recorded with the adviser who gives it.</source>
        <translation>Indiquez d’abord qui vous êtes : la validation est enregistrée au nom du conseiller qui la donne.</translation>
    </message>
    <message>
        <source>Only an adviser with the role head can clear a draft.</source>
        <translation>Seul un conseiller ayant le rôle de Chef peut valider un projet.</translation>
    </message>
    <message>
        <source>Only an adviser with the role head can request changes to a draft.</source>
        <translation>Seul un conseiller ayant le rôle de Chef peut demander des modifications à un projet.</translation>
    </message>
    <message>
        <source>Four eyes: you wrote version %1 of this draft, so another head must clear it.</source>
        <translation>Principe des quatre yeux : vous avez rédigé la version %1 de ce projet ; un autre Chef doit donc le valider.</translation>
    </message>
    <message>
        <source>Only a cleared draft can be marked sent (this one is “%1”).</source>
        <translation>Seul un projet validé peut être marqué comme envoyé (celui-ci a le statut « %1 »).</translation>
    </message>
    <message>
        <source>Give the draft a title.</source>
        <translation>Donnez un titre au projet.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>Le titre dépasse %n caractère.</numerusform>
            <numerusform>Le titre dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The comment is longer than %n characters.</source>
        <translation>
            <numerusform>Le commentaire dépasse %n caractère.</numerusform>
            <numerusform>Le commentaire dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such query.</source>
        <translation>Requête introuvable.</translation>
    </message>
    <message>
        <source>This query was merged into another; draft the answer there.</source>
        <translation>Cette requête a été fusionnée dans une autre ; rédigez la réponse dans cette dernière.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Ce modèle n’existe pas.</translation>
    </message>
    <message>
        <source>Draft %1 created (%2, %3)</source>
        <translation>Projet %1 créé (%2, %3)</translation>
    </message>
    <message>
        <source>No change to save: the text is the same as version %1.</source>
        <translation>Aucune modification à enregistrer : le texte est identique à celui de la version %1.</translation>
    </message>
    <message>
        <source>Version %1 replaced the cleared version %2: the clearance no longer applies.</source>
        <translation>La version %1 a remplacé la version validée %2 : la validation ne s’applique plus.</translation>
    </message>
    <message>
        <source>Version %1 replaced the submitted version %2.</source>
        <translation>La version %1 a remplacé la version %2 soumise pour validation.</translation>
    </message>
    <message numerus="yes">
        <source>Draft %1: version %2 saved (%n word(s))</source>
        <translation>
            <numerusform>Projet %1 : version %2 enregistrée (%n mot)</numerusform>
            <numerusform>Projet %1 : version %2 enregistrée (%n mots)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1: version %2 saved; the clearance of version %3 was withdrawn, the draft is back to draft</source>
        <translation>Projet %1 : version %2 enregistrée ; la validation de la version %3 a été retirée, le projet repasse au statut de projet</translation>
    </message>
    <message>
        <source>Draft %1: version %2 saved while submitted; back to draft</source>
        <translation>Projet %1 : version %2 enregistrée alors que le projet était soumis pour validation ; retour au statut de projet</translation>
    </message>
    <message>
        <source>renamed %1</source>
        <translation>renommé en %1</translation>
    </message>
    <message>
        <source>Draft %1: %2</source>
        <translation>Projet %1 : %2</translation>
    </message>
    <message>
        <source>Draft %1: version %2 submitted for clearance</source>
        <translation>Projet %1 : version %2 soumise pour validation</translation>
    </message>
    <message>
        <source>Say what should change: a request for changes needs a comment.</source>
        <translation>Indiquez ce qui doit changer : une demande de modifications nécessite un commentaire.</translation>
    </message>
    <message>
        <source>Draft %1: changes requested to version %2: %3</source>
        <translation>Projet %1 : modifications demandées sur la version %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>You wrote this version and you are the vault's only adviser: clearing it yourself needs a justification of at least %n characters, which is recorded.</source>
        <translation>
            <numerusform>Vous avez rédigé cette version et vous êtes le seul conseiller du coffre : pour la valider vous-même, une justification d’au moins %n caractère est nécessaire ; elle est enregistrée.</numerusform>
            <numerusform>Vous avez rédigé cette version et vous êtes le seul conseiller du coffre : pour la valider vous-même, une justification d’au moins %n caractères est nécessaire ; elle est enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1: version %2 SELF-CLEARED by its author (the vault's only adviser): %3</source>
        <translation>Projet %1 : version %2 AUTO-VALIDÉE par son auteur (seul conseiller du coffre) : %3</translation>
    </message>
    <message>
        <source>Draft %1: version %2 cleared</source>
        <translation>Projet %1 : version %2 validée</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n characters.</source>
        <translation>
            <numerusform>La note dépasse %n caractère.</numerusform>
            <numerusform>La note dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer cannot be marked sent on a future date.</source>
        <translation>Une réponse ne peut pas être marquée comme envoyée à une date future.</translation>
    </message>
    <message>
        <source>An answer cannot be sent before the query was received (%1).</source>
        <translation>Une réponse ne peut pas être envoyée avant la réception de la requête (%1).</translation>
    </message>
    <message>
        <source>Choose the channel the answer was sent by.</source>
        <translation>Choisissez le canal par lequel la réponse a été envoyée.</translation>
    </message>
    <message>
        <source>Draft %1: version %2 sent on %3 by %4; the text is locked</source>
        <translation>Projet %1 : version %2 envoyée le %3 par %4 ; le texte est verrouillé</translation>
    </message>
    <message>
        <source>This draft has no version %1.</source>
        <translation>Ce projet n’a pas de version %1.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Copied from draft %1, version %2</source>
        <translation>Copié du projet %1, version %2</translation>
    </message>
    <message>
        <source>Draft %1 created as a copy of %2 (version %3)</source>
        <translation>Projet %1 créé comme copie de %2 (version %3)</translation>
    </message>
    <message>
        <source>The sent draft %1 was copied from this one, which stays as its source.</source>
        <translation>Le projet envoyé %1 a été copié à partir de celui-ci, qui en reste la source.</translation>
    </message>
    <message numerus="yes">
        <source>Draft %1 deleted with its %n version(s)</source>
        <translation>
            <numerusform>Projet %1 supprimé avec %n version</numerusform>
            <numerusform>Projet %1 supprimé avec ses %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1, version %2, exported as %3 to %4</source>
        <translation>Projet %1, version %2, exporté au format %3 vers %4</translation>
    </message>
    <message>
        <source>Answer sent</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>Answer cleared, not yet sent</source>
        <translation>Réponse validée, pas encore envoyée</translation>
    </message>
    <message>
        <source>Answer: DRAFT (not cleared)</source>
        <translation>Réponse : PROJET (non validé)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>%1 (self-cleared)</source>
        <translation>%1 (auto-validé)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>advicehub::library::LibraryService</name>
    <message>
        <source> (after %1)</source>
        <translation> (après %1)</translation>
    </message>
    <message>
        <source>The text has a “{” without its closing “}” at character %1%2. Placeholders are written {name}.</source>
        <translation>Le texte contient une accolade « { » sans accolade fermante « } » au caractère %1%2. Les champs de fusion s’écrivent {name}.</translation>
    </message>
    <message>
        <source>The text has a “}” without its opening “{” at character %1%2. Placeholders are written {name}.</source>
        <translation>Le texte contient une accolade « } » sans accolade ouvrante « { » au caractère %1%2. Les champs de fusion s’écrivent {name}.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message numerus="yes">
        <source>The template's name is longer than %n characters.</source>
        <translation>
            <numerusform>Le nom du modèle dépasse %n caractère.</numerusform>
            <numerusform>Le nom du modèle dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has no text.</source>
        <translation>Le modèle n’a pas de texte.</translation>
    </message>
    <message numerus="yes">
        <source>The template uses %n unknown placeholder(s): %1. The placeholders are: %2.</source>
        <translation>
            <numerusform>Le modèle utilise %n champ de fusion inconnu : %1. Les champs de fusion disponibles sont : %2.</numerusform>
            <numerusform>Le modèle utilise %n champs de fusion inconnus : %1. Les champs de fusion disponibles sont : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a template named %1 in %2.</source>
        <translation>Il existe déjà un modèle nommé %1 (%2).</translation>
    </message>
    <message>
        <source>Give the resource a title.</source>
        <translation>Donnez un titre à la ressource.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>Le titre dépasse %n caractère.</numerusform>
            <numerusform>Le titre dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>La description dépasse %n caractère.</numerusform>
            <numerusform>La description dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the citation that a draft will quote for this resource.</source>
        <translation>Indiquez la citation qu’un projet reprendra pour cette ressource.</translation>
    </message>
    <message numerus="yes">
        <source>The citation is longer than %n characters.</source>
        <translation>
            <numerusform>La citation dépasse %n caractère.</numerusform>
            <numerusform>La citation dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link is longer than %n characters.</source>
        <translation>
            <numerusform>Le lien dépasse %n caractère.</numerusform>
            <numerusform>Le lien dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link must be a web address starting with https:// (for example https://www.example.org/guide).</source>
        <translation>Le lien doit être une adresse web commençant par https:// (par exemple https://www.example.org/guide).</translation>
    </message>
    <message>
        <source>%1 is not a language of the library; use en, fr, es, or nothing for several languages.</source>
        <translation>%1 n’est pas une langue de la bibliothèque ; utilisez en, fr, es, ou rien pour plusieurs langues.</translation>
    </message>
    <message>
        <source>One of the themes chosen does not exist.</source>
        <translation>L’un des thèmes choisis n’existe pas.</translation>
    </message>
    <message>
        <source>The library already has a resource titled %1.</source>
        <translation>La bibliothèque contient déjà une ressource intitulée %1.</translation>
    </message>
    <message>
        <source>No such template.</source>
        <translation>Modèle introuvable.</translation>
    </message>
    <message>
        <source>This template was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Ce modèle a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation>Il n’existe aucun modèle nommé %1.</translation>
    </message>
    <message>
        <source>Several templates are named %1 (%2); choose one by its number.</source>
        <translation>Plusieurs modèles sont nommés %1 (%2) ; choisissez-en un par son numéro.</translation>
    </message>
    <message>
        <source>The query's reference (AH-2026-0042)</source>
        <translation>La référence de la requête (AH-2026-0042)</translation>
    </message>
    <message>
        <source>The requesting State</source>
        <translation>L’État demandeur</translation>
    </message>
    <message>
        <source>The requesting institution</source>
        <translation>L’institution demanderesse</translation>
    </message>
    <message>
        <source>The contact person's name</source>
        <translation>Le nom de la personne de contact</translation>
    </message>
    <message>
        <source>The contact person's function</source>
        <translation>La fonction de la personne de contact</translation>
    </message>
    <message>
        <source>The date the query was received, in the letter's language</source>
        <translation>La date de réception de la requête, dans la langue de la lettre</translation>
    </message>
    <message>
        <source>The query's subject</source>
        <translation>L’objet de la requête</translation>
    </message>
    <message>
        <source>The adviser writing (the session's adviser)</source>
        <translation>Le conseiller qui rédige (le conseiller de la session)</translation>
    </message>
    <message>
        <source>Today's date, in the letter's language</source>
        <translation>La date du jour, dans la langue de la lettre</translation>
    </message>
    <message>
        <source>The query's due date, in the letter's language</source>
        <translation>La date d’échéance de la requête, dans la langue de la lettre</translation>
    </message>
    <message>
        <source>The channel the query came through, in the letter's language</source>
        <translation>Le canal par lequel la requête est parvenue, dans la langue de la lettre</translation>
    </message>
    <message>
        <source>The partner of the query's open referral</source>
        <translation>Le partenaire de l’orientation en cours de la requête</translation>
    </message>
    <message>
        <source>No such resource in the library.</source>
        <translation>Cette ressource ne figure pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>This resource was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Cette ressource a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>No such draft.</source>
        <translation>Projet introuvable.</translation>
    </message>
    <message>
        <source>Only an answer that was sent can be reused as a precedent.</source>
        <translation>Seule une réponse envoyée peut être réutilisée comme précédent.</translation>
    </message>
    <message>
        <source>A draft cannot reuse its own text as a precedent.</source>
        <translation>Un projet ne peut pas réutiliser son propre texte comme précédent.</translation>
    </message>
    <message>
        <source>The precedent reused no longer exists.</source>
        <translation>Le précédent réutilisé n’existe plus.</translation>
    </message>
    <message>
        <source>This draft was sent: it is locked and cannot take new text.</source>
        <translation>Ce projet a été envoyé : il est verrouillé et ne peut plus recevoir de nouveau texte.</translation>
    </message>
    <message>
        <source>Draft %1: text reused from the answer %2 sent on %3 for %4 (%5)</source>
        <translation>Projet %1 : texte réutilisé de la réponse %2 envoyée le %3 pour %4 (%5)</translation>
    </message>
    <message>
        <source>Text of the answer %1 reused in a draft for %2</source>
        <translation>Texte de la réponse %1 réutilisé dans un projet pour %2</translation>
    </message>
    <message>
        <source>Type the word to add to the dictionary.</source>
        <translation>Saisissez le mot à ajouter au dictionnaire.</translation>
    </message>
    <message>
        <source>The dictionary takes single words: %1 has a space in it.</source>
        <translation>Le dictionnaire n’accepte que des mots isolés : %1 contient une espace.</translation>
    </message>
    <message numerus="yes">
        <source>A word of the dictionary is at most %n characters long.</source>
        <translation>
            <numerusform>Un mot du dictionnaire compte au plus %n caractère.</numerusform>
            <numerusform>Un mot du dictionnaire compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the vault's %2 dictionary.</source>
        <translation>%1 ne figure pas dans le dictionnaire orthographique du coffre (%2).</translation>
    </message>
</context>
<context>
    <name>advicehub::partners::PartnerService</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>%n caractère au maximum.</numerusform>
            <numerusform>%n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the partner's name.</source>
        <translation>Saisissez le nom du partenaire.</translation>
    </message>
    <message>
        <source>Another partner already has this name.</source>
        <translation>Un autre partenaire porte déjà ce nom.</translation>
    </message>
    <message>
        <source>The directory could not be read to check the name.</source>
        <translation>Le répertoire n’a pas pu être lu pour vérifier le nom.</translation>
    </message>
    <message>
        <source>Another partner already uses this acronym.</source>
        <translation>Un autre partenaire utilise déjà ce sigle.</translation>
    </message>
    <message>
        <source>The directory could not be read to check the acronym.</source>
        <translation>Le répertoire n’a pas pu être lu pour vérifier le sigle.</translation>
    </message>
    <message>
        <source>An area of expertise is not one of the vault's themes.</source>
        <translation>Un domaine d’expertise ne fait pas partie des thèmes du coffre.</translation>
    </message>
    <message>
        <source>A region is not one of the vault's regions.</source>
        <translation>Une région ne fait pas partie des régions du coffre.</translation>
    </message>
    <message>
        <source>A working language is not one of the vault's languages.</source>
        <translation>Une langue de travail ne fait pas partie des langues du coffre.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n contacts.</source>
        <translation>
            <numerusform>%n contact au maximum.</numerusform>
            <numerusform>%n contacts au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: enter the name.</source>
        <translation>Contact %1 : saisissez le nom.</translation>
    </message>
    <message>
        <source>Contact %1: at most %2 characters per field.</source>
        <translation>Contact %1 : %2 caractères au maximum par champ.</translation>
    </message>
    <message>
        <source>Contact %1: the e-mail address is not like name@example.org.</source>
        <translation>Contact %1 : l’adresse électronique n’a pas la forme nom@example.org.</translation>
    </message>
    <message>
        <source>Contact %1: a phone number has digits, spaces, + ( ) - . / only.</source>
        <translation>Contact %1 : un numéro de téléphone ne contient que des chiffres, des espaces et + ( ) - . /</translation>
    </message>
    <message>
        <source>Contact %1 is not a contact of this partner.</source>
        <translation>Le contact %1 n’est pas un contact de ce partenaire.</translation>
    </message>
    <message>
        <source>Contact %1 is listed twice.</source>
        <translation>Le contact %1 figure deux fois.</translation>
    </message>
    <message>
        <source>A new partner's contacts are new too.</source>
        <translation>Les contacts d’un nouveau partenaire sont eux aussi nouveaux.</translation>
    </message>
    <message>
        <source>No such partner.</source>
        <translation>Partenaire introuvable.</translation>
    </message>
    <message>
        <source>This partner was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Ce partenaire a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>This partner has referrals on record and cannot be deleted; deactivate it instead.</source>
        <translation>Ce partenaire a des orientations enregistrées et ne peut pas être supprimé ; désactivez-le plutôt.</translation>
    </message>
    <message>
        <source>A recorded consent names this partner, so it cannot be deleted; deactivate it instead.</source>
        <translation>Un consentement enregistré désigne ce partenaire, qui ne peut donc pas être supprimé ; désactivez-le plutôt.</translation>
    </message>
    <message>
        <source>Name the partner (its name, acronym or number).</source>
        <translation>Indiquez le partenaire (son nom, son sigle ou son numéro).</translation>
    </message>
    <message>
        <source>More than one partner has this acronym; give the partner's name or number.</source>
        <translation>Plusieurs partenaires ont ce sigle ; indiquez le nom ou le numéro du partenaire.</translation>
    </message>
    <message>
        <source>There is no partner of that name, acronym or number.</source>
        <translation>Aucun partenaire ne porte ce nom, ce sigle ou ce numéro.</translation>
    </message>
</context>
<context>
    <name>advicehub::queries::QueryService</name>
    <message>
        <source>Enter the date the query was received.</source>
        <translation>Saisissez la date de réception de la requête.</translation>
    </message>
    <message>
        <source>The date is before 2000.</source>
        <translation>La date est antérieure à 2000.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>La date est dans le futur.</translation>
    </message>
    <message>
        <source>Choose how the query was received.</source>
        <translation>Choisissez le canal par lequel la requête a été reçue.</translation>
    </message>
    <message>
        <source>Choose the requesting State.</source>
        <translation>Choisissez l’État requérant.</translation>
    </message>
    <message>
        <source>Unknown institution type.</source>
        <translation>Type d’institution inconnu.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au maximum.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ceci n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - . / only.</source>
        <translation>Utilisez uniquement des chiffres, des espaces et + ( ) - . /</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Saisissez un objet.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Langue inconnue.</translation>
    </message>
    <message>
        <source>Choose at least one theme.</source>
        <translation>Choisissez au moins un thème.</translation>
    </message>
    <message>
        <source>Unknown theme.</source>
        <translation>Thème inconnu.</translation>
    </message>
    <message>
        <source>UNCAT articles are numbered 1 to 33.</source>
        <translation>Les articles de la Convention contre la torture sont numérotés de 1 à 33.</translation>
    </message>
    <message>
        <source>The due date is not valid.</source>
        <translation>L’échéance n’est pas valide.</translation>
    </message>
    <message>
        <source>The due date is before the date of receipt.</source>
        <translation>L’échéance est antérieure à la date de réception.</translation>
    </message>
    <message>
        <source>Unknown adviser.</source>
        <translation>Conseiller inconnu.</translation>
    </message>
    <message>
        <source>This adviser is no longer active.</source>
        <translation>Ce conseiller n’est plus actif.</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a reference like AH-2026-0042.</source>
        <translation>« %1 » n’est pas une référence comme AH-2026-0042.</translation>
    </message>
    <message>
        <source>The reference %1 appears twice.</source>
        <translation>La référence %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>The reference %1 is already in the vault.</source>
        <translation>La référence %1 existe déjà dans le coffre.</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>Enregistrée sous %1</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>Importée sous %1</translation>
    </message>
    <message>
        <source>No such query.</source>
        <translation>Requête introuvable.</translation>
    </message>
    <message>
        <source>This query was merged into another; edit that one.</source>
        <translation>Cette requête a été fusionnée dans une autre ; modifiez plutôt cette dernière.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>%1 a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>This query was merged into another.</source>
        <translation>Cette requête a été fusionnée dans une autre.</translation>
    </message>
    <message>
        <source>A query that is “%1” cannot become “%2”.</source>
        <translation>Une requête au statut « %1 » ne peut pas passer au statut « %2 ».</translation>
    </message>
    <message>
        <source>Triage the query first: it needs an assigned adviser and a route.</source>
        <translation>Qualifiez d’abord la requête : elle doit avoir un conseiller assigné et un traitement.</translation>
    </message>
    <message numerus="yes">
        <source>The clock stopped for %n working day(s) while awaiting the requester.</source>
        <translation>
            <numerusform>Le décompte a été suspendu pendant %n jour ouvrable dans l’attente du demandeur.</numerusform>
            <numerusform>Le décompte a été suspendu pendant %n jours ouvrables dans l’attente du demandeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a new or reopened query can be triaged; this one is “%1”.</source>
        <translation>Seule une requête nouvelle ou rouverte peut être qualifiée ; le statut de celle-ci est « %1 ».</translation>
    </message>
    <message>
        <source>This kind of entry is written by Advice Hub itself.</source>
        <translation>Ce type d’entrée est rédigé par Advice Hub lui-même.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Décrivez ce qui s’est passé.</translation>
    </message>
    <message>
        <source>The entry is too long.</source>
        <translation>L’entrée est trop longue.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Rédigez la correction.</translation>
    </message>
    <message>
        <source>No such timeline entry.</source>
        <translation>Entrée d’historique introuvable.</translation>
    </message>
    <message>
        <source>Correction of the %1 entry of %2</source>
        <translation>Correction de l’entrée « %1 » du %2</translation>
    </message>
    <message>
        <source>A query cannot be linked to itself.</source>
        <translation>Une requête ne peut pas être liée à elle-même.</translation>
    </message>
    <message>
        <source>A merged duplicate cannot be linked; link its survivor.</source>
        <translation>Un doublon fusionné ne peut pas être lié ; liez la requête qui l’a absorbé.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 et %2 sont déjà liées.</translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation>Suite de %1</translation>
    </message>
    <message>
        <source>Related to %1</source>
        <translation>Liée à %1</translation>
    </message>
    <message>
        <source>Followed up by %1</source>
        <translation>A pour suite %1</translation>
    </message>
    <message>
        <source>%1 and %2 are not linked.</source>
        <translation>%1 et %2 ne sont pas liées.</translation>
    </message>
    <message>
        <source>No longer linked to %1</source>
        <translation>N’est plus liée à %1</translation>
    </message>
    <message>
        <source>A query cannot be merged into itself.</source>
        <translation>Une requête ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>A query that was already merged cannot be merged again.</source>
        <translation>Une requête déjà fusionnée ne peut pas l’être de nouveau.</translation>
    </message>
    <message>
        <source>%1 (a duplicate) was merged into this query</source>
        <translation>%1 (doublon) a été fusionnée dans cette requête</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionnée dans %1</translation>
    </message>
    <message>
        <source>Only a query registered by mistake (still new) can be deleted; decline or close this one instead.</source>
        <translation>Seule une requête enregistrée par erreur (encore nouvelle) peut être supprimée ; déclinez ou clôturez plutôt celle-ci.</translation>
    </message>
    <message>
        <source>Other queries were merged into this one; it cannot be deleted.</source>
        <translation>D’autres requêtes ont été fusionnées dans celle-ci ; elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>There is no query %1.</source>
        <translation>Il n’existe pas de requête %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Both queries have an open referral to the same partner; withdraw one of them before merging.</source>
        <translation>Les deux requêtes ont une orientation en cours vers le même partenaire ; retirez l’une d’elles avant la fusion.</translation>
    </message>
    <message>
        <source>This query has referrals or consents on record; it cannot be deleted. Decline or close it instead.</source>
        <translation>Cette requête a des orientations ou des consentements enregistrés ; elle ne peut pas être supprimée. Déclinez-la ou clôturez-la plutôt.</translation>
    </message>
    <message>
        <source>This query has drafts of its answer; it cannot be deleted. Delete the drafts that were not sent, or decline or close the query instead.</source>
        <translation>Cette requête a des projets de réponse ; elle ne peut pas être supprimée. Supprimez les projets qui n’ont pas été envoyés, ou déclinez ou clôturez plutôt la requête.</translation>
    </message>
    <message>
        <source>No draft of this query's answer was marked sent. To record the response as sent anyway, give the reason: the answer was given outside Advice Hub: how, when and by whom.</source>
        <translation>Aucun projet de réponse à cette requête n’a été marqué comme envoyé. Pour enregistrer malgré tout la réponse comme envoyée, indiquez-en le motif : la réponse a été donnée en dehors d’Advice Hub : comment, quand et par qui.</translation>
    </message>
    <message>
        <source>This query has attachments; it cannot be deleted. Remove the attachments first, or decline or close the query instead.</source>
        <translation>Cette requête a des pièces jointes ; elle ne peut pas être supprimée. Supprimez d’abord les pièces jointes, ou déclinez ou clôturez plutôt la requête.</translation>
    </message>
    <message>
        <source>“%1” needs a reason: say why.</source>
        <translation>« %1 » nécessite un motif : indiquez pourquoi.</translation>
    </message>
    <message>
        <source>A partner can be chosen only when the route refers the query to a partner.</source>
        <translation>Un partenaire ne peut être choisi que si l’orientation confie la requête à un partenaire.</translation>
    </message>
    <message>
        <source>Referrals cannot be proposed here.</source>
        <translation>Aucune orientation ne peut être proposée ici.</translation>
    </message>
    <message>
        <source>A query is marked as referred only when its route refers it to a partner; this one's route is “%1”. Change the route to “%2” or “%3” first.</source>
        <translation>Une requête n’est marquée comme orientée que si son traitement prévoit une orientation vers un partenaire ; celui de cette requête est « %1 ». Choisissez d’abord le traitement « %2 » ou « %3 ».</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidé</translation>
    </message>
</context>
<context>
    <name>advicehub::referrals::ReferralService</name>
    <message>
        <source>“%1” is not a field a referral can share; the fields are: %2.</source>
        <translation>« %1 » n’est pas un champ qu’une orientation peut partager ; les champs sont : %2.</translation>
    </message>
    <message>
        <source>Say why the query is referred to this partner.</source>
        <translation>Indiquez pourquoi la requête est orientée vers ce partenaire.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n characters.</source>
        <translation>
            <numerusform>Le motif dépasse %n caractère.</numerusform>
            <numerusform>Le motif dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one field of the query to share.</source>
        <translation>Choisissez au moins un champ de la requête à partager.</translation>
    </message>
    <message>
        <source>No such query.</source>
        <translation>Requête introuvable.</translation>
    </message>
    <message>
        <source>This query was merged into another; refer that one.</source>
        <translation>Cette requête a été fusionnée dans une autre ; orientez plutôt cette dernière.</translation>
    </message>
    <message>
        <source>There is no such partner in the directory.</source>
        <translation>Ce partenaire ne figure pas dans le répertoire.</translation>
    </message>
    <message>
        <source>%1 is inactive; reactivate it or choose another partner.</source>
        <translation>%1 est inactif ; réactivez-le ou choisissez un autre partenaire.</translation>
    </message>
    <message>
        <source>The contact chosen is not one of %1's contacts.</source>
        <translation>Le contact choisi ne fait pas partie des contacts de %1.</translation>
    </message>
    <message>
        <source>A referral cannot be proposed before the query was received (%1).</source>
        <translation>Une orientation ne peut pas être proposée avant la réception de la requête (%1).</translation>
    </message>
    <message>
        <source>A referral cannot be proposed on a future date.</source>
        <translation>Une orientation ne peut pas être proposée à une date future.</translation>
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation>La date de suivi est dans le passé.</translation>
    </message>
    <message>
        <source>%1 already has an open referral to %2; follow that one up instead.</source>
        <translation>%1 a déjà une orientation en cours vers %2 ; assurez plutôt le suivi de celle-ci.</translation>
    </message>
    <message>
        <source>Referral to %1 proposed (to share: %2)</source>
        <translation>Orientation vers %1 proposée (à partager : %2)</translation>
    </message>
    <message>
        <source>No such referral.</source>
        <translation>Orientation introuvable.</translation>
    </message>
    <message>
        <source>This referral was sent already: what is shared cannot change.</source>
        <translation>Cette orientation a déjà été envoyée : ce qui est partagé ne peut plus changer.</translation>
    </message>
    <message>
        <source>This referral is closed (%1); it cannot be edited.</source>
        <translation>Cette orientation est close (%1) ; elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>This referral was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Cette orientation a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>champs partagés : %1</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>follow-up on %1</source>
        <translation>suivi le %1</translation>
    </message>
    <message>
        <source>no follow-up date</source>
        <translation>aucune date de suivi</translation>
    </message>
    <message>
        <source>Referral to %1 edited: %2</source>
        <translation>Orientation vers %1 modifiée : %2</translation>
    </message>
    <message>
        <source>This referral is closed (%1); it needs no follow-up.</source>
        <translation>Cette orientation est close (%1) ; elle ne nécessite aucun suivi.</translation>
    </message>
    <message>
        <source>Follow-up of the referral to %1 on %2</source>
        <translation>Suivi de l’orientation vers %1 prévu le %2</translation>
    </message>
    <message>
        <source>No follow-up date for the referral to %1</source>
        <translation>Aucune date de suivi pour l’orientation vers %1</translation>
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation>Une orientation au statut « %1 » ne peut pas passer au statut « %2 ».</translation>
    </message>
    <message>
        <source>Give a reason for making the referral “%1”.</source>
        <translation>Indiquez un motif pour faire passer l’orientation à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>The outcome is longer than %n characters.</source>
        <translation>
            <numerusform>Le résultat dépasse %n caractère.</numerusform>
            <numerusform>Le résultat dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A referral's status cannot change on a future date.</source>
        <translation>Le statut d’une orientation ne peut pas changer à une date future.</translation>
    </message>
    <message>
        <source>The date is before the referral was %1 (%2).</source>
        <translation>La date est antérieure au jour où l’orientation a été %1 (%2).</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>No recorded consent covers %1 and every field this referral shares (%2). Record the consent first.</source>
        <translation>Aucun consentement enregistré ne couvre %1 et tous les champs que partage cette orientation (%2). Enregistrez d’abord le consentement.</translation>
    </message>
    <message>
        <source>%1 is inactive; reactivate it before sending.</source>
        <translation>%1 est inactif ; réactivez-le avant l’envoi.</translation>
    </message>
    <message>
        <source>No recorded consent covers %1 and every field this referral shares (%2). Record the consent, or an adviser with the role head may override with a written justification.</source>
        <translation>Aucun consentement enregistré ne couvre %1 et tous les champs que partage cette orientation (%2). Enregistrez le consentement, ou un conseiller ayant le rôle de Chef peut accorder une dérogation moyennant une justification écrite.</translation>
    </message>
    <message>
        <source>Only an adviser with the role head may send a referral without consent.</source>
        <translation>Seul un conseiller ayant le rôle de Chef peut envoyer une orientation sans consentement.</translation>
    </message>
    <message numerus="yes">
        <source>The justification of an override needs at least %n characters.</source>
        <translation>
            <numerusform>La justification d’une dérogation doit compter au moins %n caractère.</numerusform>
            <numerusform>La justification d’une dérogation doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The justification is longer than %n characters.</source>
        <translation>
            <numerusform>La justification dépasse %n caractère.</numerusform>
            <numerusform>La justification dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral to %1 sent WITHOUT consent — override by %2: %3</source>
        <translation>Orientation vers %1 envoyée SANS consentement — dérogation accordée par %2 : %3</translation>
    </message>
    <message>
        <source>Referral to %1 sent (shared: %2; consent on record)</source>
        <translation>Orientation vers %1 envoyée (champs partagés : %2 ; consentement enregistré)</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>Orientation vers %1 : %2</translation>
    </message>
    <message>
        <source>Shared with %1: %2</source>
        <translation>Partagé avec %1 : %2</translation>
    </message>
    <message>
        <source>Shared with %1 WITHOUT consent (override): %2</source>
        <translation>Partagé avec %1 SANS consentement (dérogation) : %2</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Saisissez la date à laquelle le consentement a été donné.</translation>
    </message>
    <message>
        <source>Enter who gave the consent.</source>
        <translation>Indiquez qui a donné le consentement.</translation>
    </message>
    <message numerus="yes">
        <source>The name and function of who gave the consent take at most %n characters each.</source>
        <translation>
            <numerusform>Le nom et la fonction de la personne qui a donné le consentement comptent chacun %n caractère au maximum.</numerusform>
            <numerusform>Le nom et la fonction de la personne qui a donné le consentement comptent chacun %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %n characters.</source>
        <translation>
            <numerusform>Les notes dépassent %n caractère.</numerusform>
            <numerusform>Les notes dépassent %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one partner the consent covers.</source>
        <translation>Choisissez au moins un partenaire couvert par le consentement.</translation>
    </message>
    <message>
        <source>Choose at least one field the consent covers.</source>
        <translation>Choisissez au moins un champ couvert par le consentement.</translation>
    </message>
    <message>
        <source>This query was merged into another; record it there.</source>
        <translation>Cette requête a été fusionnée dans une autre ; enregistrez-le dans cette dernière.</translation>
    </message>
    <message>
        <source>A consent cannot be given before the query was received (%1).</source>
        <translation>Un consentement ne peut pas être donné avant la réception de la requête (%1).</translation>
    </message>
    <message>
        <source>A consent cannot be dated in the future.</source>
        <translation>Un consentement ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>A partner the consent names is not in the directory.</source>
        <translation>Un partenaire désigné par le consentement ne figure pas dans le répertoire.</translation>
    </message>
    <message>
        <source>Consent recorded (%1, %2) to share %3 with %4</source>
        <translation>Consentement enregistré (%1, %2) pour partager %3 avec %4</translation>
    </message>
    <message>
        <source>Give the reason the consent was withdrawn.</source>
        <translation>Indiquez le motif du retrait du consentement.</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>Consentement introuvable.</translation>
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation>Ce consentement a déjà été retiré.</translation>
    </message>
    <message>
        <source>A withdrawal cannot be dated in the future.</source>
        <translation>Un retrait ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given (%1).</source>
        <translation>Un consentement ne peut pas être retiré avant d’avoir été donné (%1).</translation>
    </message>
    <message>
        <source>Consent of %1 withdrawn on %2: it covers nothing from now on</source>
        <translation>Consentement du %1 retiré le %2 : il ne couvre plus rien désormais</translation>
    </message>
    <message>
        <source>expertise: %1</source>
        <translation>domaines d’expertise : %1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>région : %1</translation>
    </message>
    <message>
        <source>works in %1</source>
        <translation>langue de travail : %1</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Orientation vers %1</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Contact at the partner</source>
        <translation>Contact chez le partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Covered (consent %1)</source>
        <translation>Couvert (consentement %1)</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>OVERRIDE by %1: %2</source>
        <translation>DÉROGATION accordée par %1 : %2</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Champs partagés</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposée le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Suivi le</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Route chosen at triage: referral to a partner.</source>
        <translation>Voie choisie à la qualification : orientation vers un partenaire.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::AboutDialog</name>
    <message>
        <source>About Advice Hub</source>
        <translation>À propos d’Advice Hub</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Advice Hub %1&lt;/h2&gt;&lt;p&gt;Confidential case management for the Secretariat of the Convention against Torture Initiative (CTI): technical queries from governments, referrals to partners, responses and Core State briefings.&lt;/p&gt;&lt;p&gt;All records are kept in one encrypted vault on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher %3, libsodium %4 and zxcvbn.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Advice Hub %1&lt;/h2&gt;&lt;p&gt;Gestion confidentielle des dossiers du Secrétariat de l’Initiative sur la Convention contre la torture (CTI) : requêtes techniques des gouvernements, orientations vers des partenaires, réponses et notes d’information pour les États du groupe central.&lt;/p&gt;&lt;p&gt;Toutes les données sont conservées dans un coffre chiffré unique sur cet ordinateur. Rien n’est envoyé nulle part.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2, SQLCipher %3, libsodium %4 et zxcvbn.&lt;/p&gt;&lt;p&gt;Distribué sous la licence Apache, version 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::AdvisersDialog</name>
    <message>
        <source>Advisers</source>
        <translation>Conseillers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>A former adviser keeps their name on everything they did, but cannot be assigned new queries or chosen at unlock.</source>
        <translation>Un ancien conseiller conserve son nom sur tout ce qu’il a fait, mais ne peut plus se voir assigner de nouvelles requêtes ni être choisi au déverrouillage.</translation>
    </message>
    <message>
        <source>former</source>
        <translation>ancien</translation>
    </message>
    <message>
        <source>working now</source>
        <translation>travaille en ce moment</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Réactiver</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::AttachmentViewer</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Advice Hub cannot show files of type %1.</source>
        <translation>Advice Hub ne peut pas afficher les fichiers de type %1.</translation>
    </message>
    <message>
        <source>Save a Copy… to open it with another program — the copy is outside the vault.</source>
        <translation>Utilisez Enregistrer une copie… pour l’ouvrir avec un autre programme — la copie se trouve hors du coffre.</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>%1 is too large to show here (%2; Advice Hub shows files up to %3).</source>
        <translation>%1 est trop volumineux pour être affiché ici (%2 ; Advice Hub affiche les fichiers jusqu’à %3).</translation>
    </message>
    <message>
        <source>First Page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Last Page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected in a way Advice Hub cannot open.</source>
        <translation>%1 est protégé d’une manière qu’Advice Hub ne peut pas ouvrir.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a valid PDF: it cannot be shown.</source>
        <translation>%1 est endommagé ou n’est pas un PDF valide : il ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password was not correct. Password of %1:</source>
        <translation>Le mot de passe n’était pas correct. Mot de passe de %1 :</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Password:</source>
        <translation>%1 est protégé par un mot de passe. Mot de passe :</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Match %1 of %2 (page %3).</source>
        <translation>Occurrence %1 sur %2 (page %3).</translation>
    </message>
    <message>
        <source>Find text first (Ctrl+F): the match found is copied.</source>
        <translation>Recherchez d’abord du texte (Ctrl+F) : l’occurrence trouvée est copiée.</translation>
    </message>
    <message>
        <source>Copied (cleared from the clipboard after a short while).</source>
        <translation>Copié (effacé du presse-papiers après un court délai).</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an image Advice Hub can read.</source>
        <translation>%1 est endommagé ou n’est pas une image qu’Advice Hub peut lire.</translation>
    </message>
    <message>
        <source>%1 claims to be %2 × %3 pixels: too large to show (Advice Hub shows images up to %4 megapixels). Save a Copy… to open it with another program.</source>
        <translation>%1 indique une taille de %2 × %3 pixels : trop grande pour être affichée (Advice Hub affiche les images jusqu’à %4 mégapixels). Utilisez Enregistrer une copie… pour l’ouvrir avec un autre programme.</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>%1 n’a pas pu être lu comme une image : %2</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>Faire pivoter à gauche</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>Faire pivoter à droite</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>%1 cannot be shown as text.</source>
        <translation>%1 ne peut pas être affiché sous forme de texte.</translation>
    </message>
    <message>
        <source>%1 cannot be shown as text: %2</source>
        <translation>%1 ne peut pas être affiché sous forme de texte : %2</translation>
    </message>
    <message numerus="yes">
        <source>Only the beginning of the file is shown (%n character(s)).</source>
        <translation>
            <numerusform>Seul le début du fichier est affiché (%n caractère).</numerusform>
            <numerusform>Seul le début du fichier est affiché (%n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>A copy was saved to %1. It is outside the vault: it is not encrypted, and deleting the attachment does not delete it.</source>
        <translation>Une copie a été enregistrée dans %1. Elle se trouve hors du coffre : elle n’est pas chiffrée, et la suppression de la pièce jointe ne la supprime pas.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajoutée par</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No attachment yet: Add Attachment… or drop files here. They are kept encrypted in the vault.</source>
        <translation>Aucune pièce jointe pour l’instant : utilisez Ajouter une pièce jointe… ou déposez des fichiers ici. Ils sont conservés chiffrés dans le coffre.</translation>
    </message>
    <message>
        <source>Add A&amp;ttachment…</source>
        <translation>Ajouter une pièce &amp;jointe…</translation>
    </message>
    <message>
        <source>Open Attac&amp;hment</source>
        <translation>Ou&amp;vrir la pièce jointe</translation>
    </message>
    <message>
        <source>Save a &amp;Copy of the Attachment…</source>
        <translation>Enregistrer une &amp;copie de la pièce jointe…</translation>
    </message>
    <message>
        <source>Edit Attachment &amp;Description…</source>
        <translation>Modifier la &amp;description de la pièce jointe…</translation>
    </message>
    <message>
        <source>Remove Attachment…</source>
        <translation>Supprimer la pièce jointe…</translation>
    </message>
    <message>
        <source>Attach files to the query: they are kept encrypted in the vault.</source>
        <translation>Joindre des fichiers à la requête : ils sont conservés chiffrés dans le coffre.</translation>
    </message>
    <message>
        <source>A merged query's attachments are kept as they were; add them to the query it was merged into.</source>
        <translation>Les pièces jointes d’une requête fusionnée sont conservées telles quelles ; ajoutez-les à la requête dans laquelle elle a été fusionnée.</translation>
    </message>
    <message>
        <source>Choose who is working (Vault ▸ Switch Adviser…) to attach files.</source>
        <translation>Choisissez qui travaille (Coffre ▸ Changer de conseiller…) pour joindre des fichiers.</translation>
    </message>
    <message>
        <source>The attachments could not be read: %1</source>
        <translation>Les pièces jointes n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message numerus="yes">
        <source>Found in attachment %1</source>
        <translation>
            <numerusform>Trouvé dans la pièce jointe %1</numerusform>
            <numerusform>Trouvé dans les pièces jointes %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Files are being attached; drop these once they are in.</source>
        <translation>Des fichiers sont en cours d’ajout ; déposez ceux-ci une fois l’ajout terminé.</translation>
    </message>
    <message>
        <source>Files can be attached once a query is shown and an adviser is working.</source>
        <translation>Des fichiers peuvent être joints dès qu’une requête est affichée et qu’un conseiller travaille.</translation>
    </message>
    <message>
        <source>%1: only files on this computer can be attached, not addresses.</source>
        <translation>%1 : seuls les fichiers de cet ordinateur peuvent être joints, pas des adresses.</translation>
    </message>
    <message>
        <source>%1: a folder cannot be attached; attach the files in it.</source>
        <translation>%1 : un dossier ne peut pas être joint ; joignez les fichiers qu’il contient.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>Ajout de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajouté</numerusform>
            <numerusform>%Ln ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled (nothing of it kept)</source>
        <translation>
            <numerusform>%Ln annulé (rien n’en a été conservé)</numerusform>
            <numerusform>%Ln annulés (rien n’en a été conservé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refusé</numerusform>
            <numerusform>%Ln refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments: %1.</source>
        <translation>Pièces jointes : %1.</translation>
    </message>
    <message>
        <source>%1:

%2</source>
        <translation>%1 :

%2</translation>
    </message>
    <message>
        <source>Adding cancelled; nothing was attached.</source>
        <translation>Ajout annulé ; rien n’a été joint.</translation>
    </message>
    <message>
        <source>Description saved.</source>
        <translation>Description enregistrée.</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>Supprimer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove %1 from this query?

Its content is deleted from the vault; the timeline keeps a record of its name and fingerprint.</source>
        <translation>Supprimer %1 de cette requête ?

Son contenu est effacé du coffre ; l’historique conserve une trace de son nom et de son empreinte.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Entrée de l’historique</translation>
    </message>
    <message>
        <source>&amp;Link to Timeline Entry…</source>
        <translation>&amp;Lier à une entrée de l’historique…</translation>
    </message>
    <message>
        <source>Entry #%1</source>
        <translation>Entrée n° %1</translation>
    </message>
    <message>
        <source>Attach Files to %1</source>
        <translation>Joindre des fichiers à %1</translation>
    </message>
    <message>
        <source>the Entry</source>
        <translation>l’entrée</translation>
    </message>
    <message>
        <source>Link to Timeline Entry</source>
        <translation>Lier à une entrée de l’historique</translation>
    </message>
    <message>
        <source>Timeline entry saved.</source>
        <translation>Entrée de l’historique enregistrée.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::BackupDialog</name>
    <message>
        <source>Back Up Vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Protect the backup with a &amp;different passphrase</source>
        <translation>Protéger la sauvegarde par une phrase secrète &amp;différente</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>The backup is a second encrypted vault file. It is checked after writing and only then put in place; it opens with the vault's passphrase unless you choose another.</source>
        <translation>La sauvegarde est un second fichier de coffre chiffré. Elle est vérifiée après l’écriture et mise en place seulement ensuite ; elle s’ouvre avec la phrase secrète du coffre, sauf si vous en choisissez une autre.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <source>Vault's &amp;passphrase:</source>
        <translation>Phrase secrète du &amp;coffre :</translation>
    </message>
    <message>
        <source>&amp;Backup passphrase:</source>
        <translation>Phrase secrète de la sa&amp;uvegarde :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Backup File</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv)</source>
        <translation>Coffres Advice Hub (*.ahv)</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>Les deux phrases secrètes de sauvegarde ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the vault itself.</source>
        <translation>Choisissez un autre fichier : une sauvegarde ne peut pas remplacer le coffre lui-même.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new backup once that is verified?</source>
        <translation>%1 existe déjà. Le remplacer par la nouvelle sauvegarde une fois celle-ci vérifiée ?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::BriefingPackDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Dossier d’information</translation>
    </message>
    <message>
        <source>The queries of the list shown</source>
        <translation>Les requêtes de la liste affichée</translation>
    </message>
    <message>
        <source>The query selected in the list</source>
        <translation>La requête sélectionnée dans la liste</translation>
    </message>
    <message>
        <source>A saved search</source>
        <translation>Une recherche enregistrée</translation>
    </message>
    <message>
        <source>Received in a period</source>
        <translation>Reçues au cours d’une période</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Réception :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Saved &amp;search:</source>
        <translation>Recherche enre&amp;gistrée :</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier d’information</translation>
    </message>
    <message>
        <source>e.g. 1 January – 31 March 2026</source>
        <translation>p. ex. 1er janvier – 31 mars 2026</translation>
    </message>
    <message>
        <source>Each copy is numbered and recorded in the print register</source>
        <translation>Chaque exemplaire est numéroté et consigné dans le registre des impressions</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>P&amp;rofil :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Prepared &amp;for:</source>
        <translation>Préparé &amp;pour :</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Pério&amp;de :</translation>
    </message>
    <message>
        <source>&amp;Watermark:</source>
        <translation>&amp;Filigrane :</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>E&amp;xemplaires :</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The queries cannot be found: %1</source>
        <translation>Les requêtes sont introuvables : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n query(ies) in the pack.</source>
        <translation>
            <numerusform>%n requête dans le dossier.</numerusform>
            <numerusform>%n requêtes dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No query: the list shown is empty.</source>
        <translation>Aucune requête : la liste affichée est vide.</translation>
    </message>
    <message>
        <source>No query: none is selected in the list.</source>
        <translation>Aucune requête : aucune n’est sélectionnée dans la liste.</translation>
    </message>
    <message>
        <source>No query: there is no saved search.</source>
        <translation>Aucune requête : il n’y a aucune recherche enregistrée.</translation>
    </message>
    <message>
        <source>No query: the saved search finds none.</source>
        <translation>Aucune requête : la recherche enregistrée n’en trouve aucune.</translation>
    </message>
    <message>
        <source>No query was received in this period with this status, region and theme.</source>
        <translation>Aucune requête reçue pendant cette période ne correspond à ce statut, à cette région et à ce thème.</translation>
    </message>
    <message>
        <source>Queries chosen by hand</source>
        <translation>Requêtes choisies une à une</translation>
    </message>
    <message>
        <source>A reference (AH-2026-0042) or words from the query</source>
        <translation>Une référence (AH-2026-0042) ou des mots de la requête</translation>
    </message>
    <message>
        <source>&amp;Add ▸</source>
        <translation>&amp;Ajouter ▸</translation>
    </message>
    <message>
        <source>Add the queries selected on the left to the pack (or double-click one)</source>
        <translation>Ajouter au dossier les requêtes sélectionnées à gauche (ou double-cliquer sur l’une d’elles)</translation>
    </message>
    <message>
        <source>◂ &amp;Remove</source>
        <translation>◂ &amp;Retirer</translation>
    </message>
    <message>
        <source>Take the queries selected on the right out of the pack (Delete)</source>
        <translation>Retirer du dossier les requêtes sélectionnées à droite (Suppr)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>In the pack (drag to reorder):</source>
        <translation>Dans le dossier (glisser pour réordonner) :</translation>
    </message>
    <message>
        <source>Only the %1 newest matches are listed; type more words to narrow them.</source>
        <translation>Seules les %1 correspondances les plus récentes sont listées ; tapez d’autres mots pour affiner.</translation>
    </message>
    <message>
        <source>No query matches.</source>
        <translation>Aucune requête ne correspond.</translation>
    </message>
    <message>
        <source>No query: find queries and add them to the pack.</source>
        <translation>Aucune requête : recherchez des requêtes et ajoutez-les au dossier.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Répétez la nouvelle :</translation>
    </message>
    <message>
        <source>The whole vault is re-encrypted under the new passphrase. Existing backups keep the passphrase they were made with.</source>
        <translation>L’ensemble du coffre est rechiffré avec la nouvelle phrase secrète. Les sauvegardes existantes conservent la phrase secrète avec laquelle elles ont été faites.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ChooseAdviserDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <source>Changes you make are recorded with this name:</source>
        <translation>Les modifications que vous effectuez sont enregistrées sous ce nom :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ColumnMappingDialog</name>
    <message>
        <source>Match the Columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Some columns of the file are not named as Advice Hub expects. Choose what each column holds; columns set to “ignore” are not imported.</source>
        <translation>Certaines colonnes du fichier ne portent pas les noms attendus par Advice Hub. Choisissez ce que contient chaque colonne ; les colonnes réglées sur « ignorer » ne sont pas importées.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a column of the file for: %1.</source>
        <translation>Choisissez une colonne du fichier pour : %1.</translation>
    </message>
    <message>
        <source>Each field can come from one column only: %1.</source>
        <translation>Chaque champ ne peut provenir que d’une seule colonne : %1.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ConflictBanner</name>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation>&amp;Recharger leur version</translation>
    </message>
    <message>
        <source>Show what is saved now; your changes here are discarded</source>
        <translation>Afficher ce qui est enregistré maintenant ; vos modifications ici sont abandonnées</translation>
    </message>
    <message>
        <source>Save &amp;Mine Anyway</source>
        <translation>Enregistrer la &amp;mienne quand même</translation>
    </message>
    <message>
        <source>Replace the other change with what you see here</source>
        <translation>Remplacer l’autre modification par ce que vous voyez ici</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ConsentDialog</name>
    <message>
        <source>Record Consent for %1</source>
        <translation>Enregistrer un consentement pour %1</translation>
    </message>
    <message>
        <source>Who gave it, for the State</source>
        <translation>Qui l’a donné, au nom de l’État</translation>
    </message>
    <message>
        <source>e.g. Director, Human Rights Department</source>
        <translation>p. ex. Directeur, Direction des droits de l’homme</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Rechercher un partenaire</translation>
    </message>
    <message>
        <source>e.g. the reference of the note verbale, conditions the State set</source>
        <translation>p. ex. la référence de la note verbale, les conditions posées par l’État</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Donné le :</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Forme :</translation>
    </message>
    <message>
        <source>Given by (&amp;name) *:</source>
        <translation>Donné par (&amp;nom) * :</translation>
    </message>
    <message>
        <source>Given by (&amp;function):</source>
        <translation>Donné par (fonc&amp;tion) :</translation>
    </message>
    <message>
        <source>For &amp;partners *:</source>
        <translation>Pour les &amp;partenaires * :</translation>
    </message>
    <message>
        <source>For &amp;fields *:</source>
        <translation>Pour les &amp;champs * :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Record Consent</source>
        <translation>&amp;Enregistrer le consentement</translation>
    </message>
    <message>
        <source>A consent counts for a referral only if it names the referral's partner and every field the referral shares.</source>
        <translation>Un consentement ne vaut pour une orientation que s’il désigne le partenaire de l’orientation et tous les champs qu’elle partage.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::CreateVaultWizard</name>
    <message>
        <source>Choose where the vault file will be stored.</source>
        <translation>Choisissez où le fichier du coffre sera enregistré.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name; Advice Hub never overwrites a file.</source>
        <translation>Un fichier portant ce nom existe déjà. Choisissez un autre nom ; Advice Hub n’écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Advice Hub cannot write in the folder %1.</source>
        <translation>Advice Hub ne peut pas écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>Create a Vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation>Où conserver le coffre ?</translation>
    </message>
    <message>
        <source>The vault is one encrypted file. Everything you record in Advice Hub stays inside it.</source>
        <translation>Le coffre est un fichier chiffré unique. Tout ce que vous enregistrez dans Advice Hub y reste.</translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation>&amp;Fichier du coffre :</translation>
    </message>
    <message>
        <source>Keep the vault on this computer's own disk, preferably on an encrypted drive. Make backups with Vault ▸ Back Up once it holds work.</source>
        <translation>Conservez le coffre sur le disque propre à cet ordinateur, de préférence sur un lecteur chiffré. Faites des sauvegardes avec Coffre ▸ Sauvegarder dès qu’il contient du travail.</translation>
    </message>
    <message>
        <source>Vault File</source>
        <translation>Fichier du coffre</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv)</source>
        <translation>Coffres Advice Hub (*.ahv)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>Several unrelated words make a passphrase that is easy to remember and hard to guess. There is no way to recover a forgotten passphrase.</source>
        <translation>Plusieurs mots sans rapport entre eux forment une phrase secrète facile à retenir et difficile à deviner. Une phrase secrète oubliée ne peut en aucun cas être récupérée.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Ready to create the vault</source>
        <translation>Prêt à créer le coffre</translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>The vault will be created as
%1

Its key is derived from your passphrase with Argon2id (256 MiB of memory), and every page is encrypted with AES-256 by SQLCipher. Opening the vault takes about half a second.</source>
        <translation>Le coffre sera créé sous
%1

Sa clé est dérivée de votre phrase secrète avec Argon2id (256 Mio de mémoire), et chaque page est chiffrée en AES-256 par SQLCipher. L’ouverture du coffre prend environ une demi-seconde.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DateRangeButton</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1 : %2 – %3</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1 : à partir du %2</translation>
    </message>
    <message>
        <source>%1: until %2</source>
        <translation>%1 : jusqu’au %2</translation>
    </message>
    <message>
        <source>%1: any date</source>
        <translation>%1 : toutes dates</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DescriptionDialog</name>
    <message>
        <source>Description of %1</source>
        <translation>Description de %1</translation>
    </message>
    <message>
        <source>What the file is (up to %L1 characters):</source>
        <translation>Ce qu’est le fichier (%L1 caractères au maximum) :</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftActions</name>
    <message>
        <source>New &amp;Draft…</source>
        <translation>Nouveau &amp;projet…</translation>
    </message>
    <message>
        <source>&amp;Open Draft</source>
        <translation>&amp;Ouvrir le projet</translation>
    </message>
    <message>
        <source>Remo&amp;ve Draft…</source>
        <translation>&amp;Supprimer le projet…</translation>
    </message>
    <message>
        <source>Open Draft</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <source>Draft created.</source>
        <translation>Projet créé.</translation>
    </message>
    <message>
        <source>Remove Draft</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message numerus="yes">
        <source>Remove the draft “%1” with its %n version(s)? The query's timeline keeps a note that it existed, not its text.</source>
        <translation>
            <numerusform>Supprimer le projet « %1 » avec %n version ? L’historique de la requête conserve une mention de son existence, mais pas son texte.</numerusform>
            <numerusform>Supprimer le projet « %1 » avec ses %n versions ? L’historique de la requête conserve une mention de son existence, mais pas son texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft removed.</source>
        <translation>Projet supprimé.</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message>
        <source>The kept text does not say which draft it belongs to.</source>
        <translation>Le texte conservé n’indique pas à quel projet il appartient.</translation>
    </message>
    <message>
        <source>Draft &amp;Properties…</source>
        <translation>&amp;Propriétés du projet…</translation>
    </message>
    <message>
        <source>A sent draft is locked: its title, kind and language stay as they were when it was sent.</source>
        <translation>Un projet envoyé est verrouillé : son titre, son type et sa langue restent ceux qu’il avait à l’envoi.</translation>
    </message>
    <message>
        <source>Change the selected draft's title, kind or language (F2 in the list of drafts).</source>
        <translation>Modifier le titre, le type ou la langue du projet sélectionné (F2 dans la liste des projets).</translation>
    </message>
    <message>
        <source>Its unsaved text (in its open editor or kept in the vault) goes too.</source>
        <translation>Son texte non enregistré (dans son éditeur ouvert ou conservé dans le coffre) est supprimé aussi.</translation>
    </message>
    <message>
        <source>Draft Properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <source>Draft properties saved.</source>
        <translation>Propriétés du projet enregistrées.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftEditor</name>
    <message>
        <source>ODF text (*.odt)</source>
        <translation>Texte ODF (*.odt)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>The text could not be kept as unsaved work: %1</source>
        <translation>Le texte n’a pas pu être conservé comme travail non enregistré : %1</translation>
    </message>
    <message>
        <source>Pasted without what a draft cannot hold: %1.</source>
        <translation>Collé sans ce qu’un projet ne peut pas contenir : %1.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Add to Vault Dictionary</source>
        <translation>Ajouter au dictionnaire du coffre</translation>
    </message>
    <message>
        <source>Added to the vault's %1 dictionary.</source>
        <translation>Ajouté au dictionnaire orthographique du coffre (%1).</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Souligné</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Titre &amp;1</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Titre &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Titre &amp;3</translation>
    </message>
    <message>
        <source>&amp;Bulleted List</source>
        <translation>Liste à p&amp;uces</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation>&amp;Enregistrer la version</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Clearance…</source>
        <translation>S&amp;oumettre pour validation…</translation>
    </message>
    <message>
        <source>&amp;Request Changes…</source>
        <translation>&amp;Demander des modifications…</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>Mark &amp;Sent…</source>
        <translation>&amp;Marquer comme envoyé…</translation>
    </message>
    <message>
        <source>Cop&amp;y into New Draft</source>
        <translation>&amp;Copier dans un nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Version History…</source>
        <translation>&amp;Historique des versions…</translation>
    </message>
    <message>
        <source>Insert from &amp;Precedents…</source>
        <translation>Insérer depuis les &amp;précédents…</translation>
    </message>
    <message>
        <source>&amp;Export Draft…</source>
        <translation>E&amp;xporter le projet…</translation>
    </message>
    <message>
        <source>Copy as &amp;Rich Text</source>
        <translation>Copier en texte &amp;enrichi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>What changed (optional, kept with the version)</source>
        <translation>Ce qui a changé (facultatif, conservé avec la version)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search tools and references</source>
        <translation>Rechercher des outils et des références</translation>
    </message>
    <message>
        <source>Insert &amp;Citation</source>
        <translation>Insérer une &amp;citation</translation>
    </message>
    <message>
        <source>&amp;Library Panel</source>
        <translation>Panneau de la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>%1 — %2 (version %3)</source>
        <translation>%1 — %2 (version %3)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · version %4</source>
        <translation>%1 · %2 · %3 · version %4</translation>
    </message>
    <message>
        <source> — version %1 cleared by %2%3</source>
        <translation> — version %1 validée par %2%3</translation>
    </message>
    <message>
        <source> (self-cleared)</source>
        <translation> (autovalidée)</translation>
    </message>
    <message>
        <source>Sent on %1 by %2 — locked. This is the text as sent (version %3): it can be read, exported and copied into a new draft, never changed.</source>
        <translation>Envoyé le %1 par %2 — verrouillé. Voici le texte tel qu’il a été envoyé (version %3) : il peut être lu, exporté et copié dans un nouveau projet, mais jamais modifié.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>an unrecorded channel</source>
        <translation>un canal non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved text kept in the vault at %1.</source>
        <translation>Texte non enregistré conservé dans le coffre à %1.</translation>
    </message>
    <message>
        <source>the text of a draft being edited</source>
        <translation>le texte d’un projet en cours de modification</translation>
    </message>
    <message>
        <source>Draft “%1” of %2 (based on version %3)</source>
        <translation>Projet « %1 » de %2 (fondé sur la version %3)</translation>
    </message>
    <message>
        <source>Text of this draft that was not saved was kept on %1%2. Restore it? (Discard removes it for good; Cancel leaves it kept for later.)</source>
        <translation>Du texte non enregistré de ce projet a été conservé le %1%2. Le restaurer ? (Abandonner le supprime définitivement ; Annuler le conserve pour plus tard.)</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>It was based on version %1; version %2 has been saved since.</source>
        <translation>Il était fondé sur la version %1 ; la version %2 a été enregistrée depuis.</translation>
    </message>
    <message>
        <source>Unsaved Text</source>
        <translation>Texte non enregistré</translation>
    </message>
    <message>
        <source>This draft has been sent since the text was kept: it can no longer change. Copy it into a new draft to use the kept text.</source>
        <translation>Ce projet a été envoyé depuis que le texte a été conservé : il ne peut plus être modifié. Copiez-le dans un nouveau projet pour utiliser le texte conservé.</translation>
    </message>
    <message>
        <source>The kept text is back. Save it (Ctrl+S) to make it a version.</source>
        <translation>Le texte conservé a été restauré. Enregistrez-le (Ctrl+S) pour en faire une version.</translation>
    </message>
    <message>
        <source>This draft was sent: it is locked and cannot be saved.</source>
        <translation>Ce projet a été envoyé : il est verrouillé et ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Enregistrer la version</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>Save the changes first (Ctrl+S): clearance is about a saved version, not the text being edited.</source>
        <translation>Enregistrez d’abord les modifications (Ctrl+S) : la validation porte sur une version enregistrée, non sur le texte en cours de modification.</translation>
    </message>
    <message>
        <source>Submitted for clearance.</source>
        <translation>Soumis pour validation.</translation>
    </message>
    <message>
        <source>Changes requested.</source>
        <translation>Modifications demandées.</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>Validé.</translation>
    </message>
    <message>
        <source>Marked sent: the draft is locked.</source>
        <translation>Marqué comme envoyé : le projet est verrouillé.</translation>
    </message>
    <message>
        <source>Submit for Clearance</source>
        <translation>Soumettre pour validation</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Copy into New Draft</source>
        <translation>Copier dans un nouveau projet</translation>
    </message>
    <message>
        <source>Export Draft</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <source>Version %1 exported (the unsaved changes are not in it).</source>
        <translation>Version %1 exportée (les modifications non enregistrées n’y figurent pas).</translation>
    </message>
    <message>
        <source>Version %1 exported.</source>
        <translation>Version %1 exportée.</translation>
    </message>
    <message>
        <source>Copy as Rich Text</source>
        <translation>Copier en texte enrichi</translation>
    </message>
    <message>
        <source>Copied as rich text (cleared from the clipboard after a short while).</source>
        <translation>Copié en texte enrichi (effacé du presse-papiers après un court délai).</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address (https:, http: or mailto:):</source>
        <translation>Adresse (https:, http: ou mailto:) :</translation>
    </message>
    <message>
        <source>A link must be an https:, http: or mailto: address.</source>
        <translation>Un lien doit être une adresse https:, http: ou mailto:.</translation>
    </message>
    <message>
        <source>Insert from Precedents</source>
        <translation>Insérer depuis les précédents</translation>
    </message>
    <message>
        <source>Text of the precedent inserted; its reuse is recorded on the timeline.</source>
        <translation>Texte du précédent inséré ; sa réutilisation est consignée dans l’historique.</translation>
    </message>
    <message>
        <source>Insert Citation</source>
        <translation>Insérer une citation</translation>
    </message>
    <message>
        <source>Citation inserted.</source>
        <translation>Citation insérée.</translation>
    </message>
    <message>
        <source>Close Draft</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>Save the changes to this draft as a new version before closing?</source>
        <translation>Enregistrer les modifications de ce projet comme nouvelle version avant de le fermer ?</translation>
    </message>
    <message>
        <source>Show the newest saved version; the text typed here since the last save is discarded</source>
        <translation>Afficher la dernière version enregistrée ; le texte saisi ici depuis le dernier enregistrement est abandonné</translation>
    </message>
    <message>
        <source>Save the text typed here as the next version; the other version stays in the history</source>
        <translation>Enregistrer le texte saisi ici comme version suivante ; l’autre version reste dans l’historique</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; your text is still here.</source>
        <translation>%1 Rien n’a été enregistré ; votre texte est toujours là.</translation>
    </message>
    <message>
        <source>Not saved: the draft changed meanwhile.</source>
        <translation>Non enregistré : le projet a été modifié entre-temps.</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <source>Version %1 reloaded.</source>
        <translation>Version %1 rechargée.</translation>
    </message>
    <message>
        <source>This draft was marked sent meanwhile: it is locked. Copy your text into a new draft to keep it.</source>
        <translation>Ce projet a été marqué envoyé entre-temps : il est verrouillé. Copiez votre texte dans un nouveau projet pour le garder.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftPropertiesDialog</name>
    <message>
        <source>Draft Properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <source>The text and its versions stay as they are; the change is recorded on the query's timeline. The language also chooses the spelling dictionary.</source>
        <translation>Le texte et ses versions restent tels quels ; la modification est consignée dans l’historique de la demande. La langue choisit aussi le dictionnaire orthographique.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Someone else changed this draft while this dialog was open. It is now titled “%1” (%2, %3). Save again to replace that with the values above, or Cancel to keep it.</source>
        <translation>Quelqu’un d’autre a modifié ce projet pendant que cette fenêtre était ouverte. Il s’intitule maintenant « %1 » (%2, %3). Enregistrez à nouveau pour le remplacer par les valeurs ci-dessus, ou Annulez pour le garder.</translation>
    </message>
    <message>
        <source>Discard your changes to the draft's title, kind and language?</source>
        <translation>Abandonner vos modifications du titre, du type et de la langue du projet ?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftStepDialog</name>
    <message>
        <source>Submit for Clearance</source>
        <translation>Soumettre pour validation</translation>
    </message>
    <message>
        <source>Version %1 of “%2” goes to the Head of Secretariat for clearance.</source>
        <translation>La version %1 de « %2 » est transmise au chef du Secrétariat pour validation.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Version %1 goes back to its author with your comment, kept with the version.</source>
        <translation>La version %1 est renvoyée à son auteur avec votre commentaire, conservé avec la version.</translation>
    </message>
    <message>
        <source>&amp;Request Changes</source>
        <translation>&amp;Demander des modifications</translation>
    </message>
    <message>
        <source>Clear Draft</source>
        <translation>Valider le projet</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>The cleared version %1 is recorded as sent. From then on the draft is locked: it can be read, exported and copied, never changed.</source>
        <translation>La version validée %1 est enregistrée comme envoyée. Dès lors, le projet est verrouillé : il peut être lu, exporté et copié, mais jamais modifié.</translation>
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation>&amp;Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Envoyée &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Commentaire (obligatoire) :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message numerus="yes">
        <source>You wrote this version and you are the only adviser of this vault: say why it is cleared without a second reader (at least %n characters). The clearance is recorded as a self-clearance.</source>
        <translation>
            <numerusform>Vous avez rédigé cette version et vous êtes le seul conseiller de ce coffre : indiquez pourquoi elle est validée sans second lecteur (au moins %n caractère). La validation est enregistrée comme une autovalidation.</numerusform>
            <numerusform>Vous avez rédigé cette version et vous êtes le seul conseiller de ce coffre : indiquez pourquoi elle est validée sans second lecteur (au moins %n caractères). La validation est enregistrée comme une autovalidation.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation>Étape inconnue.</translation>
    </message>
    <message>
        <source>Clearing version %1 approves it for sending. Any later edit sends the draft back to “Draft”.</source>
        <translation>Valider la version %1 l’approuve pour l’envoi. Toute modification ultérieure renvoie le projet à l’état « Projet ».</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftTextEdit</name>
    <message>
        <source>(No suggestions)</source>
        <translation>(Aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “%1” to Vault Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire orthographique du coffre</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftsPanel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>No draft yet: New Draft (Ctrl+Shift+D) starts one, blank or from a template.</source>
        <translation>Aucun projet pour l’instant : Nouveau projet (Ctrl+Shift+D) en crée un, vierge ou à partir d’un modèle.</translation>
    </message>
    <message>
        <source>Sent %1 (locked)</source>
        <translation>Envoyé le %1 (verrouillé)</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DueDateField</name>
    <message>
        <source>Use &amp;Default</source>
        <translation>Valeur par &amp;défaut</translation>
    </message>
    <message>
        <source>Let the due date follow the priority again</source>
        <translation>Faire de nouveau dépendre l’échéance de la priorité</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fixée manuellement</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::EntryDialog</name>
    <message>
        <source>Link %1 to a Timeline Entry</source>
        <translation>Lier %1 à une entrée de l’historique</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The timeline entry the file came with (an e-mail received, a meeting):</source>
        <translation>L’entrée de l’historique avec laquelle le fichier est arrivé (un courriel reçu, une réunion) :</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::FirstAdviserDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <source>This vault has no advisers yet. Every registration and change is recorded with the name of the adviser who made it; enter yours. Colleagues can be added later in Vault ▸ Advisers.</source>
        <translation>Ce coffre n’a encore aucun conseiller. Chaque enregistrement et chaque modification sont enregistrés avec le nom du conseiller qui les a effectués ; saisissez le vôtre. Des collègues pourront être ajoutés plus tard dans Coffre ▸ Conseillers.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Look around without changing anything</source>
        <translation>Jeter un coup d’œil sans rien modifier</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::FollowUpsPage</name>
    <message>
        <source>&amp;Open Query</source>
        <translation>&amp;Ouvrir la requête</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Suivis (%1)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <source>Follow-up date passed</source>
        <translation>Date de suivi dépassée</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Suivi prévu aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent, no reply after %n working day(s)</source>
        <translation>
            <numerusform>Envoyée, sans réponse après %n jour ouvrable</numerusform>
            <numerusform>Envoyée, sans réponse après %n jours ouvrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n jour ouvrable</numerusform>
            <numerusform>%n jours ouvrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No referral to follow up. Sent referrals are listed here after %n working day(s) without a reply (Edit ▸ Settings), and open ones once their follow-up date comes.</source>
        <translation>
            <numerusform>Aucune orientation à suivre. Les orientations envoyées apparaissent ici après %n jour ouvrable sans réponse (Édition ▸ Paramètres), et les orientations en cours dès que leur date de suivi arrive.</numerusform>
            <numerusform>Aucune orientation à suivre. Les orientations envoyées apparaissent ici après %n jours ouvrables sans réponse (Édition ▸ Paramètres), et les orientations en cours dès que leur date de suivi arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) to follow up. Press Enter on one to open its query.</source>
        <translation>
            <numerusform>%n orientation à suivre. Appuyez sur Entrée pour ouvrir sa requête.</numerusform>
            <numerusform>%n orientations à suivre. Appuyez sur Entrée sur l’une d’elles pour ouvrir sa requête.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::HolidaysDialog</name>
    <message>
        <source>Office Holidays</source>
        <translation>Jours fériés du bureau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Christmas Day</source>
        <translation>p. ex. Noël</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Default due dates count working days (Monday to Friday) and skip these days. Due dates already set do not move.</source>
        <translation>Les échéances par défaut comptent les jours ouvrables (du lundi au vendredi) et sautent ces jours-ci. Les échéances déjà fixées ne changent pas.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ImportReportDialog</name>
    <message>
        <source>Import Refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing was added to the vault. Fix these problems in the file and import it again.</source>
        <translation>%1 n’a pas été importé : rien n’a été ajouté au coffre. Corrigez ces problèmes dans le fichier et importez-le de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln ligne lue</numerusform>
            <numerusform>%Ln lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <translation>Enregistrer le rapport d’importation</translation>
    </message>
    <message>
        <source>-problems.txt</source>
        <translation>-problemes.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::LibraryManagerDialog</name>
    <message>
        <source>Templates and Library</source>
        <translation>Modèles et bibliothèque</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Afficher les &amp;inactifs</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
    <message>
        <source>Filter by words of the title, description or citation</source>
        <translation>Filtrer par mots du titre, de la description ou de la citation</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Show i&amp;nactive</source>
        <translation>Afficher les i&amp;nactifs</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>New &amp;Entry…</source>
        <translation>Nouvelle &amp;entrée…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>Dés&amp;activer</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>M&amp;odèles</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>, came with the vault</source>
        <translation>, fourni avec le coffre</translation>
    </message>
    <message>
        <source>• %1: template forms are not kept at a lock</source>
        <translation>• %1 : les formulaires de modèle ne sont pas conservés au verrouillage</translation>
    </message>
    <message>
        <source>• %1: library forms are not kept at a lock</source>
        <translation>• %1 : les formulaires de bibliothèque ne sont pas conservés au verrouillage</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::LongOperation</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::MainWindow</name>
    <message>
        <source>&amp;New Vault…</source>
        <translation>&amp;Nouveau coffre…</translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation>&amp;Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (%1)</source>
        <translation>Verrouiller le coffre maintenant (%1)</translation>
    </message>
    <message>
        <source>Close the vault and clear everything it showed; the passphrase opens it again.</source>
        <translation>Fermer le coffre et effacer tout ce qu’il affichait ; la phrase secrète permet de le rouvrir.</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Check &amp;Integrity</source>
        <translation>Vérifier l’&amp;intégrité</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified copy of the vault to another file.</source>
        <translation>Écrire une copie chiffrée et vérifiée du coffre dans un autre fichier.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer à partir d’une sauvegarde…</translation>
    </message>
    <message>
        <source>Make a new vault from a backup file.</source>
        <translation>Créer un nouveau coffre à partir d’un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Advisers…</source>
        <translation>&amp;Conseillers…</translation>
    </message>
    <message>
        <source>Add, rename or deactivate the Secretariat's advisers.</source>
        <translation>Ajouter, renommer ou désactiver les conseillers du Secrétariat.</translation>
    </message>
    <message>
        <source>S&amp;witch Adviser…</source>
        <translation>C&amp;hanger de conseiller…</translation>
    </message>
    <message>
        <source>Choose who is recorded on the changes made from now on.</source>
        <translation>Choisir qui est enregistré sur les modifications effectuées à partir de maintenant.</translation>
    </message>
    <message>
        <source>Office &amp;Holidays…</source>
        <translation>&amp;Jours fériés du bureau…</translation>
    </message>
    <message>
        <source>The days the office is closed; default due dates skip them.</source>
        <translation>Les jours de fermeture du bureau ; les échéances par défaut les sautent.</translation>
    </message>
    <message>
        <source>Vault &amp;Information…</source>
        <translation>Infor&amp;mations sur le coffre…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Advice Hub</source>
        <translation>À &amp;propos d’Advice Hub</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation>Aucun coffre ouvert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Advice Hub</source>
        <translation>Advice Hub</translation>
    </message>
    <message>
        <source>The demo vault holds fictional data only. Its passphrase is “%1”.</source>
        <translation>Le coffre de démonstration ne contient que des données fictives. Sa phrase secrète est « %1 ».</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>No adviser chosen</source>
        <translation>Aucun conseiller choisi</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Travaille en tant que %1</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Coffre déverrouillé.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>The backup was restored into the new vault %1. Open it now?</source>
        <translation>La sauvegarde a été restaurée dans le nouveau coffre %1. L’ouvrir maintenant ?</translation>
    </message>
    <message>
        <source>The backup was restored into the new vault %1. Open it now? The vault that is open now will be locked.</source>
        <translation>La sauvegarde a été restaurée dans le nouveau coffre %1. L’ouvrir maintenant ? Le coffre actuellement ouvert sera verrouillé.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv);;All files (*)</source>
        <translation>Coffres Advice Hub (*.ahv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Creating the demo vault…</source>
        <translation>Création du coffre de démonstration…</translation>
    </message>
    <message>
        <source>Demo Vault</source>
        <translation>Coffre de démonstration</translation>
    </message>
    <message>
        <source>Advice Hub will close once the current operation has finished or been cancelled.</source>
        <translation>Advice Hub se fermera dès que l’opération en cours sera terminée ou annulée.</translation>
    </message>
    <message>
        <source>An import or export was cancelled because the computer was going to sleep; nothing of it was kept.</source>
        <translation>Une importation ou une exportation a été annulée parce que l’ordinateur allait se mettre en veille ; rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>%1 was not opened: Advice Hub is busy. Open it again once the current operation has finished.</source>
        <translation>%1 n’a pas été ouvert : Advice Hub est occupé. Ouvrez-le de nouveau une fois l’opération en cours terminée.</translation>
    </message>
    <message>
        <source>Lock %1 and open %2? Unsaved work is kept in %1.</source>
        <translation>Verrouiller %1 et ouvrir %2 ? Le travail non enregistré est conservé dans %1.</translation>
    </message>
    <message>
        <source>Unsaved Work</source>
        <translation>Travail non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>When the vault locked, what was typed in %n open form(s) could not be kept in the vault, and was discarded:</source>
        <translation>
            <numerusform>Au verrouillage du coffre, ce qui avait été saisi dans %n formulaire ouvert n’a pas pu être conservé dans le coffre et a été abandonné :</numerusform>
            <numerusform>Au verrouillage du coffre, ce qui avait été saisi dans %n formulaires ouverts n’a pas pu être conservé dans le coffre et a été abandonné :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Templates and Library…</source>
        <translation>&amp;Modèles et bibliothèque…</translation>
    </message>
    <message>
        <source>The letter templates and the library of CTI tools and references.</source>
        <translation>Les modèles de lettre et la bibliothèque des outils et références de la CTI.</translation>
    </message>
    <message>
        <source>Co&amp;mpact…</source>
        <translation>Compac&amp;ter…</translation>
    </message>
    <message>
        <source>Give back to the disk the space left by removed attachments and other deletions.</source>
        <translation>Rendre au disque l’espace laissé par les pièces jointes supprimées et les autres suppressions.</translation>
    </message>
    <message>
        <source>&amp;Print Register…</source>
        <translation>Re&amp;gistre des impressions…</translation>
    </message>
    <message>
        <source>Every print and PDF of the vault's documents: when, who, what, which profile.</source>
        <translation>Chaque impression et chaque PDF des documents du coffre : quand, qui, quoi, avec quel profil.</translation>
    </message>
    <message>
        <source>%1 — Advice Hub</source>
        <translation>%1 — Advice Hub</translation>
    </message>
    <message>
        <source>%1 (locked) — Advice Hub</source>
        <translation>%1 (verrouillé) — Advice Hub</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>A short guide to Advice Hub, from creating a vault to printing.</source>
        <translation>Un court guide d’Advice Hub, de la création d’un coffre à l’impression.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, searchable.</source>
        <translation>Toutes les commandes qui ont un raccourci, avec recherche.</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un coffre &amp;récent</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir un coffre récent</translation>
    </message>
    <message>
        <source>%1 was not found. It has been removed from the recent vaults.</source>
        <translation>%1 est introuvable. Il a été retiré des coffres récents.</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Show the window over the whole screen, without its frame</source>
        <translation>Afficher la fenêtre sur tout l’écran, sans son cadre</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::MultiSelectButton</name>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1 : %n sélectionné</numerusform>
            <numerusform>%1 : %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1 : indifférent</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::NewDraftDialog</name>
    <message>
        <source>New Draft</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>A blank page</source>
        <translation>Une page vierge</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>The draft starts empty.</source>
        <translation>Le projet commence vide.</translation>
    </message>
    <message>
        <source>This query has no value for: %1. The draft shows a marker such as “[%2?]” in their place; fill them in before sending.</source>
        <translation>Cette requête n’a pas de valeur pour : %1. Le projet affiche à leur place un marqueur tel que « [%2?] » ; complétez-les avant l’envoi.</translation>
    </message>
    <message>
        <source>The template uses placeholders Advice Hub does not know: %1. They are left in the text as written.</source>
        <translation>Le modèle utilise des champs de fusion qu’Advice Hub ne connaît pas : %1. Ils sont laissés tels quels dans le texte.</translation>
    </message>
    <message>
        <source>The template could not be filled; choose another or a blank page.</source>
        <translation>Le modèle n’a pas pu être complété ; choisissez-en un autre ou une page vierge.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PartnerDialog</name>
    <message>
        <source>Edit Partner: %1</source>
        <translation>Modifier le partenaire : %1</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>&amp;Strategic partner (preferred among equal suggestions)</source>
        <translation>Partenaire &amp;stratégique (privilégié à suggestions égales)</translation>
    </message>
    <message>
        <source>What the organisation does and how it works with the Secretariat</source>
        <translation>Ce que fait l’organisation et comment elle travaille avec le Secrétariat</translation>
    </message>
    <message>
        <source>Internal notes (not shared with the partner)</source>
        <translation>Notes internes (non communiquées au partenaire)</translation>
    </message>
    <message>
        <source>Areas of &amp;expertise</source>
        <translation>Domaines d’&amp;expertise</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Régions</translation>
    </message>
    <message>
        <source>Working &amp;languages</source>
        <translation>&amp;Langues de travail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>&amp;Ajouter un contact</translation>
    </message>
    <message>
        <source>Re&amp;move Contact</source>
        <translation>Re&amp;tirer le contact</translation>
    </message>
    <message>
        <source>Contacts are personal data: they leave the vault only with a referral that names them.</source>
        <translation>Les contacts sont des données personnelles : ils ne sortent du coffre qu’avec une orientation qui les désigne.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>E&amp;xpertise and Reach</source>
        <translation>E&amp;xpertise et portée</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Show the partner as it is saved now; your changes in this form are discarded</source>
        <translation>Afficher le partenaire tel qu’il est enregistré maintenant ; vos modifications dans ce formulaire sont abandonnées</translation>
    </message>
    <message>
        <source>&amp;Add Partner</source>
        <translation>&amp;Ajouter le partenaire</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message numerus="yes">
        <source>Active: offered for new referrals. %n referral(s) so far.</source>
        <translation>
            <numerusform>Actif : proposé pour les nouvelles orientations. %n orientation jusqu’à présent.</numerusform>
            <numerusform>Actif : proposé pour les nouvelles orientations. %n orientations jusqu’à présent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive: kept with its %n referral(s), not offered for new ones.</source>
        <translation>
            <numerusform>Inactif : conservé avec %n orientation, mais n’est plus proposé pour de nouvelles orientations.</numerusform>
            <numerusform>Inactif : conservé avec %n orientations, mais n’est plus proposé pour de nouvelles orientations.</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>un conseiller non identifié</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modification : %1</translation>
    </message>
    <message>
        <source>the edit of a partner</source>
        <translation>la modification d’un partenaire</translation>
    </message>
    <message>
        <source>a new partner being added</source>
        <translation>un nouveau partenaire en cours d’ajout</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n champ doit être vérifié ; rien n’a été enregistré.</numerusform>
            <numerusform>%n champs doivent être vérifiés ; rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard what you typed in this partner form?</source>
        <translation>Abandonner ce que vous avez saisi dans ce formulaire de partenaire ?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PartnersPage</name>
    <message>
        <source>&amp;New Partner…</source>
        <translation>&amp;Nouveau partenaire…</translation>
    </message>
    <message>
        <source>Add an organisation to the partner directory</source>
        <translation>Ajouter une organisation au répertoire des partenaires</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>&amp;Modifier le partenaire…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Keep the partner and its referrals, but no longer offer it for new referrals</source>
        <translation>Conserver le partenaire et ses orientations, mais ne plus le proposer pour de nouvelles orientations</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
    <message>
        <source>De&amp;lete Partner…</source>
        <translation>&amp;Supprimer le partenaire…</translation>
    </message>
    <message>
        <source>Delete a partner that never had a referral (one with referrals can be deactivated)</source>
        <translation>Supprimer un partenaire qui n’a jamais eu d’orientation (un partenaire ayant des orientations peut être désactivé)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Show &amp;Inactive Partners</source>
        <translation>Afficher les partenaires &amp;inactifs</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Search name, acronym, description, expertise (%1)</source>
        <translation>Rechercher dans le nom, le sigle, la description, les domaines d’expertise (%1)</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Afficher les &amp;inactifs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Domaines d’expertise</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>• %1: partner forms are not kept at a lock</source>
        <translation>• %1 : les formulaires de partenaire ne sont pas conservés au verrouillage</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>This partner has referrals: it can be deactivated, not deleted</source>
        <translation>Ce partenaire a des orientations : il peut être désactivé, pas supprimé</translation>
    </message>
    <message>
        <source>Delete a partner added by mistake</source>
        <translation>Supprimer un partenaire ajouté par erreur</translation>
    </message>
    <message>
        <source>Partner added.</source>
        <translation>Partenaire ajouté.</translation>
    </message>
    <message>
        <source>Partner saved.</source>
        <translation>Partenaire enregistré.</translation>
    </message>
    <message>
        <source>Deactivate Partner</source>
        <translation>Désactiver le partenaire</translation>
    </message>
    <message>
        <source>Partner deactivated: kept with its referrals, no longer offered for new ones.</source>
        <translation>Partenaire désactivé : il est conservé avec ses orientations, mais n’est plus proposé pour de nouvelles.</translation>
    </message>
    <message>
        <source>Reactivate Partner</source>
        <translation>Réactiver le partenaire</translation>
    </message>
    <message>
        <source>Partner reactivated.</source>
        <translation>Partenaire réactivé.</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory? Only a partner added by mistake should be deleted.</source>
        <translation>Supprimer « %1 » du répertoire ? Seul un partenaire ajouté par erreur doit être supprimé.</translation>
    </message>
    <message>
        <source>Partner deleted.</source>
        <translation>Partenaire supprimé.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PassphraseField</name>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PendingEditsDialog</name>
    <message>
        <source>Unsaved Work</source>
        <translation>Travail non enregistré</translation>
    </message>
    <message>
        <source>The vault was locked while this was being written. It was kept in the vault, not saved. Restore it to finish it, or discard it.</source>
        <translation>Le coffre a été verrouillé pendant la rédaction de ce travail. Il a été conservé dans le coffre, mais pas enregistré. Restaurez-le pour le terminer, ou abandonnez-le.</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>conservé le %1</translation>
    </message>
    <message>
        <source>kept %1, %2</source>
        <translation>conservé le %1, %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Keep it in the vault and ask again at the next unlock</source>
        <translation>Le conserver dans le coffre et redemander au prochain déverrouillage</translation>
    </message>
    <message>
        <source>Discard this unsaved work? It cannot be recovered.</source>
        <translation>Abandonner ce travail non enregistré ? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>This work could not be restored: %1 It is still kept; try again later.</source>
        <translation>Ce travail n’a pas pu être restauré : %1 Il reste conservé ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PickQueryDialog</name>
    <message>
        <source>Merge %1 into…</source>
        <translation>Fusionner %1 dans…</translation>
    </message>
    <message>
        <source>Link %1 to…</source>
        <translation>Lier %1 à…</translation>
    </message>
    <message>
        <source>%1 is a duplicate. Choose the query it duplicates: its timeline, links, themes and articles move there, and its reference will lead to that query.</source>
        <translation>%1 est un doublon. Choisissez la requête dont elle est le doublon : son historique, ses liens, ses thèmes et ses articles y sont transférés, et sa référence mènera à cette requête.</translation>
    </message>
    <message>
        <source>Choose the query %1 is related to.</source>
        <translation>Choisissez la requête à laquelle %1 est liée.</translation>
    </message>
    <message>
        <source>A reference (AH-2026-0042) or words from the query</source>
        <translation>Une référence (AH-2026-0042) ou des mots de la requête</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Related query</source>
        <translation>Requête liée</translation>
    </message>
    <message>
        <source>%1 follows up the chosen query</source>
        <translation>%1 fait suite à la requête choisie</translation>
    </message>
    <message>
        <source>&amp;Link as:</source>
        <translation>&amp;Type de lien :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>I checked that %1 is a duplicate; merging cannot be undone.</source>
        <translation>J’ai vérifié que %1 est un doublon ; la fusion est irréversible.</translation>
    </message>
    <message>
        <source>Only the %1 newest matches are listed; type more words to narrow them.</source>
        <translation>Seules les %1 correspondances les plus récentes sont affichées ; saisissez d’autres mots pour affiner.</translation>
    </message>
    <message>
        <source>No other query matches.</source>
        <translation>Aucune autre requête ne correspond.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrecedentsDialog</name>
    <message>
        <source>Precedents</source>
        <translation>Précédents</translation>
    </message>
    <message>
        <source>Words of earlier sent answers</source>
        <translation>Mots de réponses envoyées antérieurement</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Texte à chercher :</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Only sent answers are found. Reusing text from a confidential query asks first, and every reuse is recorded on both queries' timelines (not the text).</source>
        <translation>Seules les réponses envoyées sont trouvées. La réutilisation d’un texte provenant d’une requête confidentielle demande d’abord confirmation, et chaque réutilisation est consignée dans l’historique des deux requêtes (sans le texte).</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>Reusing this text asks first and is recorded.</source>
        <translation>La réutilisation de ce texte demande confirmation et est consignée.</translation>
    </message>
    <message>
        <source>No sent answers yet.</source>
        <translation>Aucune réponse envoyée pour l’instant.</translation>
    </message>
    <message>
        <source>No sent answer matches.</source>
        <translation>Aucune réponse envoyée ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n sent answer(s) found.</source>
        <translation>
            <numerusform>%n réponse envoyée trouvée.</numerusform>
            <numerusform>%n réponses envoyées trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reuse Confidential Text</source>
        <translation>Réutiliser un texte confidentiel</translation>
    </message>
    <message>
        <source>The answer %1 was sent for a query marked “%2”.

Its text may identify the State or people concerned. Check the text before sending it elsewhere. The reuse will be recorded on both queries' timelines.

Insert it anyway?</source>
        <translation>La réponse %1 a été envoyée pour une requête marquée « %2 ».

Son texte peut permettre d’identifier l’État ou les personnes concernés. Vérifiez le texte avant de l’envoyer ailleurs. La réutilisation sera consignée dans l’historique des deux requêtes.

L’insérer quand même ?</translation>
    </message>
    <message>
        <source>Nothing was inserted.</source>
        <translation>Rien n’a été inséré.</translation>
    </message>
    <message>
        <source>&amp;Insert Anyway</source>
        <translation>&amp;Insérer quand même</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrintActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Preview the case summary of the query shown, under the print profile chosen</source>
        <translation>Afficher l’aperçu du résumé du dossier de la requête affichée, selon le profil d’impression choisi</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the case summary of the query shown (recorded in the print register)</source>
        <translation>Imprimer le résumé du dossier de la requête affichée (consigné dans le registre des impressions)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the case summary of the query shown as a PDF (recorded in the print register)</source>
        <translation>Enregistrer le résumé du dossier de la requête affichée en PDF (consigné dans le registre des impressions)</translation>
    </message>
    <message>
        <source>Print Pro&amp;file</source>
        <translation>Pro&amp;fil d’impression</translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;Dossier d’information…</translation>
    </message>
    <message>
        <source>Print or save a briefing pack of several queries</source>
        <translation>Imprimer ou enregistrer un dossier d’information regroupant plusieurs requêtes</translation>
    </message>
    <message>
        <source>Preview E&amp;xtract…</source>
        <translation>Aperçu de l’e&amp;xtrait…</translation>
    </message>
    <message>
        <source>Print E&amp;xtract…</source>
        <translation>Imprimer l’e&amp;xtrait…</translation>
    </message>
    <message>
        <source>Print what the selected referral shares with its partner</source>
        <translation>Imprimer ce que l’orientation sélectionnée partage avec son partenaire</translation>
    </message>
    <message>
        <source>Save Extract as PDF…</source>
        <translation>Enregistrer l’extrait en PDF…</translation>
    </message>
    <message>
        <source>Preview &amp;Letter…</source>
        <translation>Aperçu de la &amp;lettre…</translation>
    </message>
    <message>
        <source>Preview the selected draft as a letter</source>
        <translation>Afficher l’aperçu du projet sélectionné sous forme de lettre</translation>
    </message>
    <message>
        <source>Print &amp;Letter…</source>
        <translation>Imprimer la &amp;lettre…</translation>
    </message>
    <message>
        <source>Save Letter as PDF…</source>
        <translation>Enregistrer la lettre en PDF…</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrintController</name>
    <message>
        <source>The number of copies must be from 1 to %1.</source>
        <translation>Le nombre d’exemplaires doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Printing goes through the system's print service, which keeps its own copy of what is printed (the print queue, or spool) outside the encrypted vault. Use Save as PDF… for a file that Advice Hub writes and records itself.</source>
        <translation>L’impression passe par le service d’impression du système, qui conserve sa propre copie de ce qui est imprimé (la file d’attente d’impression, ou spool) en dehors du coffre chiffré. Utilisez Enregistrer en PDF… pour obtenir un fichier qu’Advice Hub écrit et consigne lui-même.</translation>
    </message>
    <message>
        <source>Nothing was printed: Advice Hub prints only to a printer. Use Save as PDF… to write a file.</source>
        <translation>Rien n’a été imprimé : Advice Hub imprime uniquement sur une imprimante. Utilisez Enregistrer en PDF… pour écrire un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was printed: this document already has %n numbered copies; print it with one copy in the print dialog.</source>
        <translation>
            <numerusform>Rien n’a été imprimé : ce document compte déjà %n exemplaire numéroté ; imprimez-le avec un seul exemplaire dans la boîte de dialogue d’impression.</numerusform>
            <numerusform>Rien n’a été imprimé : ce document compte déjà %n exemplaires numérotés ; imprimez-le avec un seul exemplaire dans la boîte de dialogue d’impression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Rien n’a été imprimé : %1</translation>
    </message>
    <message>
        <source>The document was sent to the printer, but the print could not be recorded: %1</source>
        <translation>Le document a été envoyé à l’imprimante, mais l’impression n’a pas pu être consignée : %1</translation>
    </message>
    <message>
        <source>Sent to the printer; recorded in the print register.</source>
        <translation>Envoyé à l’imprimante ; consigné dans le registre des impressions.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1; recorded in the print register.</source>
        <translation>%1 enregistré ; consigné dans le registre des impressions.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrintPreviewDialog</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Ajuster à la pa&amp;ge</translation>
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>L’aperçu n’a pas pu être affiché : %1</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrintRegisterDialog</name>
    <message>
        <source>Print Register</source>
        <translation>Registre des impressions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>Query reference</source>
        <translation>Référence de la requête</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Printer or PDF</source>
        <translation>Imprimante ou PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>The print register cannot be read: %1</source>
        <translation>Le registre des impressions ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) and PDF(s).</source>
        <translation>
            <numerusform>%n impression ou PDF.</numerusform>
            <numerusform>%n impressions et PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Query…</source>
        <translation>&amp;Nouvelle requête…</translation>
    </message>
    <message>
        <source>Register a query received from a State</source>
        <translation>Enregistrer une requête reçue d’un État</translation>
    </message>
    <message>
        <source>&amp;Edit Query…</source>
        <translation>&amp;Modifier la requête…</translation>
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation>&amp;Qualifier…</translation>
    </message>
    <message>
        <source>Set priority, due date, adviser and route, and mark the query as triaged</source>
        <translation>Définir la priorité, l’échéance, le conseiller et le traitement, et marquer la requête comme qualifiée</translation>
    </message>
    <message>
        <source>Change &amp;Status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>&amp;Add to Timeline</source>
        <translation>Ajouter à l’&amp;historique</translation>
    </message>
    <message>
        <source>&amp;Correct Entry…</source>
        <translation>&amp;Corriger une entrée…</translation>
    </message>
    <message>
        <source>Add a correction to the selected timeline entry (entries are never changed)</source>
        <translation>Ajouter une correction à l’entrée d’historique sélectionnée (les entrées ne sont jamais modifiées)</translation>
    </message>
    <message>
        <source>&amp;Link to Query…</source>
        <translation>&amp;Lier à une requête…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>S&amp;upprimer le lien</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicate into…</source>
        <translation>&amp;Fusionner le doublon dans…</translation>
    </message>
    <message>
        <source>&amp;Delete Query Registered by Mistake…</source>
        <translation>Supprimer la re&amp;quête enregistrée par erreur…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Query</source>
        <translation>Requête sui&amp;vante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Query</source>
        <translation>Requête &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation>Enre&amp;gistrer la recherche actuelle…</translation>
    </message>
    <message>
        <source>Delete Saved Searc&amp;h</source>
        <translation>Supprimer la recherche &amp;enregistrée</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Register queries from a spreadsheet (CSV); a file with any invalid row imports nothing</source>
        <translation>Enregistrer des requêtes à partir d’un tableur (CSV) ; un fichier comportant la moindre ligne non valide n’importe rien</translation>
    </message>
    <message>
        <source>Chec&amp;k CSV File…</source>
        <translation>&amp;Vérifier un CSV…</translation>
    </message>
    <message>
        <source>Check every row of a spreadsheet (CSV) as an import would, without importing anything</source>
        <translation>Vérifier chaque ligne d’un tableur (CSV) comme le ferait une importation, sans rien importer</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>Write the queries of the list to a CSV or JSON file (recorded in their timelines)</source>
        <translation>Écrire les requêtes de la liste dans un fichier CSV ou JSON (consigné dans leur historique)</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryCasework</name>
    <message>
        <source>Registered %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>%1 triaged.</source>
        <translation>%1 qualifiée.</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1 a maintenant le statut « %2 ».</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Delete Query</source>
        <translation>Supprimer la requête</translation>
    </message>
    <message>
        <source>Delete %1 “%2”? Only a query registered by mistake should be deleted; its reference number is not used again.</source>
        <translation>Supprimer %1 « %2 » ? Seule une requête enregistrée par erreur doit être supprimée ; son numéro de référence ne sera pas réutilisé.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>The query it was written for no longer exists.</source>
        <translation>La requête pour laquelle il a été saisi n’existe plus.</translation>
    </message>
    <message>
        <source>The timeline entry it corrects could not be found.</source>
        <translation>L’entrée de l’historique qu’il corrige est introuvable.</translation>
    </message>
    <message>
        <source>This kind of unsaved work is not known to this version.</source>
        <translation>Ce type de travail non enregistré n’est pas connu de cette version.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryDetailPane</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Select a query to see it here.</source>
        <translation>Sélectionnez une requête pour l’afficher ici.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Requesting State:</source>
        <translation>État requérant :</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçue le :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation>Conseiller :</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Traitement :</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Confidentialité :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <source>UNCAT articles:</source>
        <translation>Articles de la Convention :</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>Related queries</source>
        <translation>Requêtes liées</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Demande :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority</source>
        <translation>%1 · %2 · priorité : %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (fixée manuellement)</translation>
    </message>
    <message>
        <source> — clock stopped since %1 (awaiting the requester)</source>
        <translation> — décompte suspendu depuis le %1 (en attente du demandeur)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>En retard de %n jour.</numerusform>
            <numerusform>En retard de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non assigné</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidé</translation>
    </message>
    <message>
        <source>Art. %1</source>
        <translation>Art. %1</translation>
    </message>
    <message>
        <source>Art. %1 (%2)</source>
        <translation>Art. %1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Enregistré le %1 par %2</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>un conseiller non identifié</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>related</source>
        <translation>liée</translation>
    </message>
    <message>
        <source>this follows it up</source>
        <translation>celle-ci y fait suite</translation>
    </message>
    <message>
        <source>follows this up</source>
        <translation>fait suite à celle-ci</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <source>&amp;Referrals (%1)</source>
        <translation>&amp;Orientations (%1)</translation>
    </message>
    <message>
        <source>%1 open, %2 in all</source>
        <translation>En cours : %1 ; total : %2</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Projets</translation>
    </message>
    <message>
        <source>&amp;Drafts (%1)</source>
        <translation>&amp;Projets (%1)</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>&amp;Attachments (%1)</source>
        <translation>Pièces &amp;jointes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Found in attachment %1</source>
        <translation>
            <numerusform>Trouvé dans la pièce jointe %1</numerusform>
            <numerusform>Trouvé dans les pièces jointes %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach File to This Entry…</source>
        <translation>Joindre un fichier à cette entrée…</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>%1: —</source>
        <translation>%1 : —</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No related query.</source>
        <translation>Aucune requête liée.</translation>
    </message>
    <message>
        <source>%1 — </source>
        <translation>%1 — </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Remove every filter (the view and the search stay)</source>
        <translation>Supprimer tous les filtres (la vue et la recherche restent)</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <translation>%1 (ancien)</translation>
    </message>
    <message>
        <source>Open Referral</source>
        <translation>Orientation en cours</translation>
    </message>
    <message>
        <source>Only queries with an open referral to a partner</source>
        <translation>Uniquement les requêtes ayant une orientation en cours vers un partenaire</translation>
    </message>
    <message>
        <source>Only queries referred to this partner (type to find one)</source>
        <translation>Uniquement les requêtes orientées vers ce partenaire (saisissez du texte pour en trouver un)</translation>
    </message>
    <message>
        <source>Referred to: anyone</source>
        <translation>Orientée vers : indifférent</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryFormDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New Query</source>
        <translation>Nouvelle requête</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice, Department of Human Rights</source>
        <translation>p. ex. ministère de la Justice, Direction des droits de l’homme</translation>
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation>Personne de contact (données personnelles)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>What the State asks about, in one line</source>
        <translation>L’objet de la demande de l’État, en une ligne</translation>
    </message>
    <message>
        <source>The full text of the request</source>
        <translation>Le texte intégral de la demande</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— non indiqué —</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— non assigné —</translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation>— non décidé —</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Art. %1 — %2</source>
        <translation>Art. %1 — %2</translation>
    </message>
    <message>
        <source>Show the query as it is saved now; your changes in this form are discarded</source>
        <translation>Afficher la requête telle qu’elle est enregistrée maintenant ; vos modifications dans ce formulaire sont abandonnées</translation>
    </message>
    <message>
        <source>Replace the other change with what this form shows</source>
        <translation>Remplacer l’autre modification par le contenu de ce formulaire</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>(no subject yet)</source>
        <translation>(pas encore d’objet)</translation>
    </message>
    <message>
        <source>Edit of %1: %2</source>
        <translation>Modification de %1 : %2</translation>
    </message>
    <message>
        <source>New query: %1</source>
        <translation>Nouvelle requête : %1</translation>
    </message>
    <message>
        <source>Restored from %1: not saved yet.</source>
        <translation>Restauré à partir de la version du %1 : pas encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from receipt (%1 priority)</source>
        <translation>
            <numerusform>%n jour ouvrable après la réception (priorité %1)</numerusform>
            <numerusform>%n jours ouvrables après la réception (priorité %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n champ doit être vérifié ; rien n’a été enregistré.</numerusform>
            <numerusform>%n champs doivent être vérifiés ; rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>the edit of a query</source>
        <translation>la modification d’une requête</translation>
    </message>
    <message>
        <source>a new query being registered</source>
        <translation>une nouvelle requête en cours d’enregistrement</translation>
    </message>
    <message>
        <source>The request in brief, for case summaries and briefings (optional)</source>
        <translation>La demande en bref, pour les résumés du dossier et les dossiers d’information (facultatif)</translation>
    </message>
    <message>
        <source>Type a name or ISO code</source>
        <translation>Tapez un nom ou un code ISO</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryNavigation</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Recherche enregistrée : %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln query(ies)</source>
        <translation>
            <numerusform>%1, %Ln requête</numerusform>
            <numerusform>%1, %Ln requêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>La liste n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>Search subject, request, institution, contacts, notes (%1)</source>
        <translation>Rechercher dans l’objet, la demande, l’institution, les contacts, les notes (%1)</translation>
    </message>
    <message>
        <source>Every word must match; accents are ignored; "quotes" keep a phrase; a trailing * matches the start of a word (overcrowd*).</source>
        <translation>Tous les mots doivent correspondre ; les accents sont ignorés ; les "guillemets" gardent une expression ; un * final correspond au début d’un mot (surpeupl*).</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(ies)</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the list shown; its details are on the right.</source>
        <translation>%1 ne figure pas dans la liste affichée ; ses détails sont à droite.</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”? The queries it lists are not affected.</source>
        <translation>Supprimer la recherche enregistrée « %1 » ? Les requêtes qu’elle affiche ne sont pas touchées.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Show or hide the selected query's details beside the list</source>
        <translation>Afficher ou masquer les détails de la requête sélectionnée à côté de la liste</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;New Query…</source>
        <translation>&amp;Nouvelle requête…</translation>
    </message>
    <message>
        <source>No queries yet.
Register the first query received from a State.</source>
        <translation>Aucune requête pour l’instant.
Enregistrez la première requête reçue d’un État.</translation>
    </message>
    <message>
        <source>No query matches the search and filters.</source>
        <translation>Aucune requête ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>No query in this view.</source>
        <translation>Aucune requête dans cette vue.</translation>
    </message>
    <message>
        <source>Show &amp;Details Pane</source>
        <translation>Afficher le volet des &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Overdue: the response was due on %1.</source>
        <translation>En retard : la réponse était attendue le %1.</translation>
    </message>
    <message>
        <source>Due this week.</source>
        <translation>Échéance cette semaine.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Matched:&lt;/i&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Correspondance :&lt;/i&gt; %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryTransfer</name>
    <message>
        <source>Check CSV File</source>
        <translation>Vérifier un fichier CSV</translation>
    </message>
    <message>
        <source>Import Queries</source>
        <translation>Importer des requêtes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Lecture et vérification de %1…</translation>
    </message>
    <message>
        <source>Importing the queries of %1…</source>
        <translation>Importation des requêtes de %1…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importation annulée ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: every row can be imported.</source>
        <translation>%1 : toutes les lignes peuvent être importées.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) of %1 can be imported. Nothing was imported.</source>
        <translation>
            <numerusform>La ligne de %1 peut être importée (%Ln ligne). Rien n’a été importé.</numerusform>
            <numerusform>Les %Ln lignes de %1 peuvent toutes être importées. Rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln query(ies) from %1.</source>
        <translation>
            <numerusform>%Ln requête importée depuis %1.</numerusform>
            <numerusform>%Ln requêtes importées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(ies) imported from %1. Each has an “imported” entry in its timeline.</source>
        <translation>
            <numerusform>%Ln requête importée depuis %1. Elle a une entrée « Importation » dans son historique.</numerusform>
            <numerusform>%Ln requêtes importées depuis %1. Chacune a une entrée « Importation » dans son historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON files with each query's timeline (*.json)</source>
        <translation>Fichiers JSON avec l’historique de chaque requête (*.json)</translation>
    </message>
    <message>
        <source>Export Queries</source>
        <translation>Exporter des requêtes</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln query(ies).</source>
        <translation>
            <numerusform>%Ln requête exportée.</numerusform>
            <numerusform>%Ln requêtes exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(ies) written to %1. The file is not encrypted: keep it safe and delete it when it is no longer needed. The export is recorded in each query's timeline.</source>
        <translation>
            <numerusform>%Ln requête écrite dans %1. Le fichier n’est pas chiffré : conservez-le en lieu sûr et supprimez-le lorsqu’il n’est plus nécessaire. L’exportation est consignée dans l’historique de la requête.</numerusform>
            <numerusform>%Ln requêtes écrites dans %1. Le fichier n’est pas chiffré : conservez-le en lieu sûr et supprimez-le lorsqu’il n’est plus nécessaire. L’exportation est consignée dans l’historique de chaque requête.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ReferDialog</name>
    <message>
        <source>Refer %1 to a Partner</source>
        <translation>Orienter %1 vers un partenaire</translation>
    </message>
    <message>
        <source>Edit Referral of %1 to %2</source>
        <translation>Modifier l’orientation de %1 vers %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Suggested partner</source>
        <translation>Partenaire suggéré</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Suggested for this query (expertise, region, language):</source>
        <translation>&amp;Suggérés pour cette requête (domaines d’expertise, région, langue) :</translation>
    </message>
    <message>
        <source>Name or acronym of any active partner</source>
        <translation>Nom ou sigle de tout partenaire actif</translation>
    </message>
    <message>
        <source>Or &amp;find another partner:</source>
        <translation>Ou &amp;rechercher un autre partenaire :</translation>
    </message>
    <message>
        <source>Why this partner is better placed to help (kept in the timeline)</source>
        <translation>Pourquoi ce partenaire est mieux placé pour aider (conservé dans l’historique)</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>Suivi pré&amp;vu le :</translation>
    </message>
    <message>
        <source>&amp;Contact at the partner:</source>
        <translation>&amp;Contact chez le partenaire :</translation>
    </message>
    <message>
        <source>&amp;Proposed on:</source>
        <translation>&amp;Proposée le :</translation>
    </message>
    <message>
        <source>&amp;Reason *:</source>
        <translation>&amp;Motif * :</translation>
    </message>
    <message>
        <source>Fields to &amp;share *:</source>
        <translation>Champs à parta&amp;ger * :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Propose Referral</source>
        <translation>Pr&amp;oposer l’orientation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>already referred — %1</source>
        <translation>orientation déjà en cours — %1</translation>
    </message>
    <message>
        <source>No partner matches this query's themes, region or language.</source>
        <translation>Aucun partenaire ne correspond aux thèmes, à la région ou à la langue de cette requête.</translation>
    </message>
    <message>
        <source>— none named —</source>
        <translation>— non désigné —</translation>
    </message>
    <message>
        <source>Refer to: %1</source>
        <translation>Orienter vers : %1</translation>
    </message>
    <message>
        <source>No partner chosen yet.</source>
        <translation>Aucun partenaire choisi pour l’instant.</translation>
    </message>
    <message>
        <source>✓ Covered by the consent of %1 (%2, given by %3).</source>
        <translation>✓ Couvert par le consentement du %1 (%2, donné par %3).</translation>
    </message>
    <message>
        <source>No recorded consent of the State covers this partner and every field chosen: record one before the referral is sent.</source>
        <translation>Aucun consentement enregistré de l’État ne couvre ce partenaire et tous les champs choisis : enregistrez-en un avant l’envoi de l’orientation.</translation>
    </message>
    <message>
        <source>Choose the partner to refer the query to.</source>
        <translation>Choisissez le partenaire vers lequel orienter la requête.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ReferralActions</name>
    <message>
        <source>Re&amp;fer to Partner…</source>
        <translation>&amp;Orienter vers un partenaire…</translation>
    </message>
    <message>
        <source>Propose a referral of the query to a partner, from the suggestions or any active partner</source>
        <translation>Proposer une orientation de la requête vers un partenaire, parmi les suggestions ou tout autre partenaire actif</translation>
    </message>
    <message>
        <source>Record &amp;Consent…</source>
        <translation>Enregistrer le &amp;consentement…</translation>
    </message>
    <message>
        <source>Record the State's consent to share parts of the query with partners</source>
        <translation>Enregistrer le consentement de l’État au partage de parties de la requête avec des partenaires</translation>
    </message>
    <message>
        <source>&amp;Withdraw Consent…</source>
        <translation>&amp;Retirer le consentement…</translation>
    </message>
    <message>
        <source>Record that the State withdrew the selected consent</source>
        <translation>Enregistrer le retrait par l’État du consentement sélectionné</translation>
    </message>
    <message>
        <source>Referral S&amp;tatus</source>
        <translation>Statut de l’orienta&amp;tion</translation>
    </message>
    <message>
        <source>Edit Re&amp;ferral…</source>
        <translation>Mo&amp;difier l’orientation…</translation>
    </message>
    <message>
        <source>Change the contact, reason, shared fields or follow-up of a referral not yet sent</source>
        <translation>Modifier le contact, le motif, les champs partagés ou le suivi d’une orientation pas encore envoyée</translation>
    </message>
    <message>
        <source>Follow-&amp;up Date…</source>
        <translation>Date de s&amp;uivi…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>• %1: referral forms are not kept at a lock</source>
        <translation>• %1 : les formulaires d’orientation ne sont pas conservés au verrouillage</translation>
    </message>
    <message>
        <source>a referral to a partner being written</source>
        <translation>une orientation vers un partenaire en cours de saisie</translation>
    </message>
    <message>
        <source>a consent being recorded</source>
        <translation>un consentement en cours d’enregistrement</translation>
    </message>
    <message>
        <source>a referral's status change being written</source>
        <translation>un changement de statut d’orientation en cours de saisie</translation>
    </message>
    <message>
        <source>the withdrawal of a consent being written</source>
        <translation>le retrait d’un consentement en cours de saisie</translation>
    </message>
    <message>
        <source>Referral proposed. Nothing is shared until it is marked sent.</source>
        <translation>Orientation proposée. Rien n’est partagé tant qu’elle n’est pas marquée comme envoyée.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
    <message>
        <source>Consent withdrawn: it no longer covers any referral.</source>
        <translation>Consentement retiré : il ne couvre plus aucune orientation.</translation>
    </message>
    <message>
        <source>%1

Record the consent the State gave now?</source>
        <translation>%1

Enregistrer maintenant le consentement donné par l’État ?</translation>
    </message>
    <message>
        <source>Referral to %1: %2.</source>
        <translation>Orientation vers %1 : %2.</translation>
    </message>
    <message>
        <source>Referral Sent</source>
        <translation>Orientation envoyée</translation>
    </message>
    <message>
        <source>The referral to %1 is sent. Move %2 to “%3” as well?</source>
        <translation>L’orientation vers %1 est envoyée. Faire aussi passer %2 au statut « %3 » ?</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1 a maintenant le statut « %2 ».</translation>
    </message>
    <message>
        <source>Follow-up of the Referral to %1</source>
        <translation>Suivi de l’orientation vers %1</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>Suivi pré&amp;vu le :</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ReferralStatusDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The referral of %1 to %2 goes from “%3” to “%4”.</source>
        <translation>L’orientation de %1 vers %2 passe de « %3 » à « %4 ».</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Envoyée &amp;le :</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Required: why (kept in the timeline)</source>
        <translation>Obligatoire : pourquoi (conservé dans l’historique)</translation>
    </message>
    <message>
        <source>&amp;Reason *:</source>
        <translation>&amp;Motif * :</translation>
    </message>
    <message>
        <source>Optional: what the partner said or did</source>
        <translation>Facultatif : ce que le partenaire a dit ou fait</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>No consent of the State covers this referral</source>
        <translation>Aucun consentement de l’État ne couvre cette orientation</translation>
    </message>
    <message>
        <source>Nothing may reach %1 without the State's consent: no recorded consent names this partner and every field the referral shares (%2).</source>
        <translation>Rien ne peut parvenir à %1 sans le consentement de l’État : aucun consentement enregistré ne désigne ce partenaire et tous les champs que partage l’orientation (%2).</translation>
    </message>
    <message>
        <source>Only an adviser with role Head may send it without consent, with a written justification. The override is recorded with your name and marked as such wherever this referral appears.</source>
        <translation>Seul un conseiller ayant le rôle de Chef peut l’envoyer sans consentement, moyennant une justification écrite. La dérogation est enregistrée avec votre nom et signalée comme telle partout où cette orientation apparaît.</translation>
    </message>
    <message>
        <source>Why the referral cannot wait for the State's consent</source>
        <translation>Pourquoi l’orientation ne peut pas attendre le consentement de l’État</translation>
    </message>
    <message>
        <source>&amp;Justification (at least %1 characters):</source>
        <translation>&amp;Justification (au moins %1 caractères) :</translation>
    </message>
    <message>
        <source>Mark Sent &amp;Without Consent</source>
        <translation>Marquer comme envoyée &amp;sans consentement</translation>
    </message>
    <message>
        <source>Only an adviser with role Head may send a referral without the State's consent. Record the consent the State gave, then mark the referral sent.</source>
        <translation>Seul un conseiller ayant le rôle de Chef peut envoyer une orientation sans le consentement de l’État. Enregistrez le consentement donné par l’État, puis marquez l’orientation comme envoyée.</translation>
    </message>
    <message>
        <source>&amp;Record Consent…</source>
        <translation>&amp;Enregistrer le consentement…</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ReferralsPanel</name>
    <message>
        <source>Referrals to partners</source>
        <translation>Orientations vers des partenaires</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Champs partagés</translation>
    </message>
    <message>
        <source>Not referred to any partner.</source>
        <translation>Aucune orientation vers un partenaire.</translation>
    </message>
    <message>
        <source>Consents of the State</source>
        <translation>Consentements de l’État</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>OVERRIDE (no consent)</source>
        <translation>DÉROGATION (sans consentement)</translation>
    </message>
    <message>
        <source>OVERRIDE by %1 (no consent)</source>
        <translation>DÉROGATION accordée par %1 (sans consentement)</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>No consent yet</source>
        <translation>Pas encore de consentement</translation>
    </message>
    <message>
        <source>Sent without the State's consent on a head's recorded justification: %1</source>
        <translation>Envoyée sans le consentement de l’État, sur justification enregistrée d’un Chef : %1</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>Suivi en retard de %n jour</numerusform>
            <numerusform>Suivi en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Enregistré le %1 par %2</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>un conseiller non identifié</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Contact at the partner: %1</source>
        <translation>Contact chez le partenaire : %1</translation>
    </message>
    <message>
        <source>Proposed on %1</source>
        <translation>Proposée le %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Clôturée le %1</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Suivi prévu le %1</translation>
    </message>
    <message>
        <source>Shares: %1</source>
        <translation>Champs partagés : %1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consentement : %1</translation>
    </message>
    <message>
        <source>Override justification: %1</source>
        <translation>Justification de la dérogation : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>%1 because: %2</source>
        <translation>%1, motif : %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ResourceDialog</name>
    <message>
        <source>CTI tool</source>
        <translation>Outil de la CTI</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Several</source>
        <translation>Plusieurs</translation>
    </message>
    <message>
        <source>Edit Library Entry: %1</source>
        <translation>Modifier l’entrée de bibliothèque : %1</translation>
    </message>
    <message>
        <source>New Library Entry</source>
        <translation>Nouvelle entrée de bibliothèque</translation>
    </message>
    <message>
        <source>What the tool or reference is, and when to cite it</source>
        <translation>Ce qu’est l’outil ou la référence, et quand le citer</translation>
    </message>
    <message>
        <source>The text inserted into a draft when this entry is cited</source>
        <translation>Le texte inséré dans un projet lorsque cette entrée est citée</translation>
    </message>
    <message>
        <source>&amp;Active: offered in the draft editor's library</source>
        <translation>&amp;Active : proposée dans la bibliothèque de l’éditeur de projets</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation>&amp;Titre * :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>&amp;Citation *:</source>
        <translation>&amp;Citation * :</translation>
    </message>
    <message>
        <source>&amp;Add to Library</source>
        <translation>A&amp;jouter à la bibliothèque</translation>
    </message>
    <message>
        <source>the edit of a library entry</source>
        <translation>la modification d’une entrée de bibliothèque</translation>
    </message>
    <message>
        <source>a new library entry being added</source>
        <translation>une nouvelle entrée de bibliothèque en cours d’ajout</translation>
    </message>
    <message>
        <source>A library entry needs a title.</source>
        <translation>Une entrée de bibliothèque doit avoir un titre.</translation>
    </message>
    <message>
        <source>A library entry needs the citation inserted into drafts.</source>
        <translation>Une entrée de bibliothèque doit comporter la citation insérée dans les projets.</translation>
    </message>
    <message numerus="yes">
        <source>The citation is longer than %n characters.</source>
        <translation>
            <numerusform>La citation dépasse %n caractère.</numerusform>
            <numerusform>La citation dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>La description dépasse %n caractère.</numerusform>
            <numerusform>La description dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link must be a web address starting with https://.</source>
        <translation>Le lien doit être une adresse web commençant par https://.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n champ demande votre attention ; rien n’a été enregistré.</numerusform>
            <numerusform>%n champs demandent votre attention ; rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard what you typed in this library entry?</source>
        <translation>Abandonner ce que vous avez saisi dans cette entrée de bibliothèque ?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::RestoreDialog</name>
    <message>
        <source>Restore Vault from Backup</source>
        <translation>Restaurer le coffre à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>The backup is checked, then copied into a new vault file; the backup itself is not changed. The restored vault opens with the backup's passphrase.</source>
        <translation>La sauvegarde est vérifiée, puis copiée dans un nouveau fichier de coffre ; la sauvegarde elle-même n’est pas modifiée. Le coffre restauré s’ouvre avec la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <source>Backup's &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de la sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;New vault file:</source>
        <translation>&amp;Nouveau fichier de coffre :</translation>
    </message>
    <message>
        <source>Backup File</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv);;All files (*)</source>
        <translation>Coffres Advice Hub (*.ahv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Vault File</source>
        <translation>Nouveau fichier de coffre</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv)</source>
        <translation>Coffres Advice Hub (*.ahv)</translation>
    </message>
    <message>
        <source>A file already exists at the new vault's location; a restore never replaces a file. Choose a new name.</source>
        <translation>Un fichier existe déjà à l’emplacement du nouveau coffre ; une restauration ne remplace jamais un fichier. Choisissez un nouveau nom.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::SaveSearchDialog</name>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>e.g. Urgent queries from Africa</source>
        <translation>p. ex. Requêtes urgentes d’Afrique</translation>
    </message>
    <message>
        <source>The view, the filters and the search text are kept in the vault.</source>
        <translation>La vue, les filtres et le texte recherché sont conservés dans le coffre.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::SelectableLabelMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::SessionWorkspace</name>
    <message>
        <source>Nobody is recorded as working in this session: choose who you are before making changes.</source>
        <translation>Personne n’est enregistré comme travaillant dans cette session : indiquez qui vous êtes avant d’effectuer des modifications.</translation>
    </message>
    <message>
        <source>&amp;Choose Adviser…</source>
        <translation>Ch&amp;oisir le conseiller…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Advisers</source>
        <translation>Conseillers</translation>
    </message>
    <message>
        <source>This kind of unsaved work is not known to this version.</source>
        <translation>Ce type de travail non enregistré n’est pas connu de cette version.</translation>
    </message>
    <message>
        <source>Vault Information</source>
        <translation>Informations sur le coffre</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>The backup was written to %1 and verified: it opens and its integrity check is ok.</source>
        <translation>La sauvegarde a été écrite dans %1 et vérifiée : elle s’ouvre et son contrôle d’intégrité est correct.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new passphrase from now on.</source>
        <translation>La phrase secrète a été changée. Utilisez désormais la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Check Integrity</source>
        <translation>Vérifier l’intégrité</translation>
    </message>
    <message>
        <source>The vault is sound: every page decrypts and every reference is intact.</source>
        <translation>Le coffre est sain : toutes les pages se déchiffrent et toutes les références sont intactes.</translation>
    </message>
    <message>
        <source>The vault is damaged: %1. Restore it from a backup.</source>
        <translation>Le coffre est endommagé : %1. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Compact Vault</source>
        <translation>Compacter le coffre</translation>
    </message>
    <message>
        <source>Another operation is running; compact the vault once it has finished.</source>
        <translation>Une autre opération est en cours ; compactez le coffre une fois qu’elle sera terminée.</translation>
    </message>
    <message>
        <source>The vault (%1) has no unused space to give back: compacting would not make it smaller.</source>
        <translation>Le coffre (%1) n’a pas d’espace inutilisé à rendre : le compacter ne le rendrait pas plus petit.</translation>
    </message>
    <message>
        <source>Compacting gives back about %1 of the vault's %2 to the disk (space left by removed attachments and other deletions, already overwritten with zeros).

It rewrites the whole vault and then verifies it; this can take a while for a large vault, and needs free disk space and memory of about the vault's size. Compact now?</source>
        <translation>Le compactage rend au disque environ %1 sur les %2 du coffre (l’espace laissé par les pièces jointes supprimées et les autres suppressions, déjà écrasé par des zéros).

Il réécrit l’intégralité du coffre puis le vérifie ; cela peut prendre un certain temps pour un coffre volumineux et nécessite un espace disque libre et une mémoire d’environ la taille du coffre. Compacter maintenant ?</translation>
    </message>
    <message>
        <source>Compacting the vault…</source>
        <translation>Compactage du coffre…</translation>
    </message>
    <message>
        <source>The vault was not compacted.</source>
        <translation>Le coffre n’a pas été compacté.</translation>
    </message>
    <message>
        <source>Vault compacted: %1 → %2.</source>
        <translation>Coffre compacté : %1 → %2.</translation>
    </message>
    <message>
        <source>The vault was compacted from %1 to %2 and verified: it opens and its integrity check is ok.</source>
        <translation>Le coffre a été compacté de %1 à %2 et vérifié : il s’ouvre et son contrôle d’intégrité est correct.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&amp;Lock the vault after a period of inactivity</source>
        <translation>&amp;Verrouiller le coffre après une période d’inactivité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Verrouiller &amp;après :</translation>
    </message>
    <message>
        <source>Automatic Backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>&amp;Back up the vault when it locks and when Advice Hub quits</source>
        <translation>&amp;Sauvegarder le coffre lors de son verrouillage et à la fermeture d’Advice Hub</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Nombre de sauvegardes conservées :</translation>
    </message>
    <message>
        <source>Backups are encrypted and open with the vault's passphrase of the time they were made. Their names hold the date and time only.</source>
        <translation>Les sauvegardes sont chiffrées et s’ouvrent avec la phrase secrète qu’avait le coffre au moment où elles ont été faites. Leur nom ne contient que la date et l’heure.</translation>
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> jours ouvrables</translation>
    </message>
    <message>
        <source>Follow up a sent referral &amp;without reply after:</source>
        <translation>Assurer le suivi d’une orientation envoyée &amp;sans réponse après :</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Largest &amp;file accepted:</source>
        <translation>Taille maximale des &amp;fichiers acceptés :</translation>
    </message>
    <message>
        <source>Files are kept encrypted inside the vault, which grows by their size. The limit applies at once to the open vault and to the vaults opened later.</source>
        <translation>Les fichiers sont conservés chiffrés dans le coffre, dont la taille augmente d’autant. La limite s’applique immédiatement au coffre ouvert et aux coffres ouverts ultérieurement.</translation>
    </message>
    <message>
        <source>&amp;Remember the last vaults opened (their file locations only)</source>
        <translation>Se &amp;souvenir des derniers coffres ouverts (leur emplacement seulement)</translation>
    </message>
    <message>
        <source>Takes effect the next time Advice Hub starts.</source>
        <translation>Prend effet au prochain démarrage d’Advice Hub.</translation>
    </message>
    <message>
        <source>A folder named Backups beside the vault</source>
        <translation>Un dossier nommé Backups à côté du coffre</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by command, menu or key</source>
        <translation>Filtrer par commande, menu ou touche</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::StatusChangeDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 goes from “%2” to “%3”.</source>
        <translation>%1 passe de « %2 » à « %3 ».</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept in the timeline):</source>
        <translation>&amp;Motif (obligatoire, conservé dans l’historique) :</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the timeline):</source>
        <translation>&amp;Motif (facultatif, conservé dans l’historique) :</translation>
    </message>
    <message>
        <source>No draft of the answer was marked sent in Advice Hub. &amp;Reason (required, kept in the timeline): the answer was given outside Advice Hub: how, when and by whom.</source>
        <translation>Aucun projet de la réponse n’a été marqué comme envoyé dans Advice Hub. &amp;Motif (obligatoire, conservé dans l’historique) : la réponse a été donnée en dehors d’Advice Hub : comment, quand et par qui.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::StrengthMeter</name>
    <message>
        <source>Strength: %1 (about %2 bits). %3</source>
        <translation>Robustesse : %1 (environ %2 bits). %3</translation>
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Robustesse de la phrase secrète : %1</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::TemplateDialog</name>
    <message>
        <source>Edit Template: %1</source>
        <translation>Modifier le modèle : %1</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>&amp;Active: offered for new drafts</source>
        <translation>&amp;Actif : proposé pour les nouveaux projets</translation>
    </message>
    <message>
        <source>Dear {contact_name}, …</source>
        <translation>Cher/Chère {contact_name}, …</translation>
    </message>
    <message>
        <source>Insert &amp;Placeholder</source>
        <translation>Insérer un &amp;champ de fusion</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs de fusion</translation>
    </message>
    <message>
        <source>Pre&amp;view with a Sample Query</source>
        <translation>A&amp;perçu avec une requête d’exemple</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation>&amp;Nom * :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Only simple formatting is kept (bold, italic, underline, headings, lists, links); anything else is removed when the template is saved.</source>
        <translation>Seule une mise en forme simple est conservée (gras, italique, souligné, titres, listes, liens) ; tout le reste est supprimé à l’enregistrement du modèle.</translation>
    </message>
    <message>
        <source>&amp;Add Template</source>
        <translation>A&amp;jouter le modèle</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>the edit of a template</source>
        <translation>la modification d’un modèle</translation>
    </message>
    <message>
        <source>a new template being added</source>
        <translation>un nouveau modèle en cours d’ajout</translation>
    </message>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Choose one from the list.</source>
        <translation>
            <numerusform>Champ de fusion inconnu : %1. Choisissez-en un dans la liste.</numerusform>
            <numerusform>Champs de fusion inconnus : %1. Choisissez-en un dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known, left as typed: %1.</source>
        <translation>Inconnus, laissés tels que saisis : %1.</translation>
    </message>
    <message>
        <source>Empty for the sample query, marked in the text: %1.</source>
        <translation>Vides pour la requête d’exemple, signalés dans le texte : %1.</translation>
    </message>
    <message>
        <source>Every placeholder was filled.</source>
        <translation>Tous les champs de fusion ont été complétés.</translation>
    </message>
    <message>
        <source>Removed when saved: %1.</source>
        <translation>Supprimé à l’enregistrement : %1.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>Discard what you typed in this template?</source>
        <translation>Abandonner ce que vous avez saisi dans ce modèle ?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::TimelineEntryDialog</name>
    <message>
        <source>Add to Timeline</source>
        <translation>Ajouter à l’historique</translation>
    </message>
    <message>
        <source>In one line: who, what</source>
        <translation>En une ligne : qui, quoi</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <source>E-mails are only recorded here; Advice Hub never sends anything.</source>
        <translation>Les courriels sont seulement consignés ici ; Advice Hub n’envoie jamais rien.</translation>
    </message>
    <message>
        <source>Correct a Timeline Entry</source>
        <translation>Corriger une entrée de l’historique</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>It says:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>&amp;Correction :</translation>
    </message>
    <message>
        <source>The entry stays as it is; the correction is added after it.</source>
        <translation>L’entrée reste telle quelle ; la correction est ajoutée à sa suite.</translation>
    </message>
    <message>
        <source>Correction of a timeline entry</source>
        <translation>Correction d’une entrée de l’historique</translation>
    </message>
    <message>
        <source>Timeline entry: %1</source>
        <translation>Entrée d’historique : %1</translation>
    </message>
    <message>
        <source>a correction of a timeline entry</source>
        <translation>une correction d’une entrée de l’historique</translation>
    </message>
    <message>
        <source>a timeline entry (%1) being written</source>
        <translation>une entrée de l’historique (%1) en cours de saisie</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::TriageDialog</name>
    <message>
        <source>Triage %1</source>
        <translation>Qualifier %1</translation>
    </message>
    <message>
        <source>%1 · received %2</source>
        <translation>%1 · reçue le %2</translation>
    </message>
    <message>
        <source>Why this priority or route (optional; kept in the timeline)</source>
        <translation>Raison de cette priorité ou de ce traitement (facultatif ; conservé dans l’historique)</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation>&amp;Conseiller :</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>Trait&amp;ement :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Qualifier</translation>
    </message>
    <message>
        <source>There is no active adviser to assign. Add one in Vault ▸ Advisers.</source>
        <translation>Il n’y a aucun conseiller actif à assigner. Ajoutez-en un dans Coffre ▸ Conseillers.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from receipt (%1 priority)</source>
        <translation>
            <numerusform>%n jour ouvrable après la réception (priorité %1)</numerusform>
            <numerusform>%n jours ouvrables après la réception (priorité %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner to propose a referral to (type to find one)</source>
        <translation>Le partenaire à qui proposer une orientation (tapez pour le trouver)</translation>
    </message>
    <message>
        <source>Part&amp;ner:</source>
        <translation>Parte&amp;naire :</translation>
    </message>
    <message>
        <source>— none yet —</source>
        <translation>— aucun pour l’instant —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — suggested</source>
        <translation>%1 — suggéré</translation>
    </message>
    <message>
        <source>There is no active partner in the directory: the route alone is recorded. Add partners in the Partners page, then propose a referral in the Referrals tab.</source>
        <translation>Aucun partenaire actif dans l’annuaire : seule la voie est enregistrée. Ajoutez des partenaires dans la page Partenaires, puis proposez une orientation dans l’onglet Orientations.</translation>
    </message>
    <message>
        <source>A referral to this partner is proposed with the triage (sharing the subject and themes); ask for consent in the Referrals tab.</source>
        <translation>Une orientation vers ce partenaire est proposée avec la qualification (l’objet et les thèmes partagés) ; demandez le consentement dans l’onglet Orientations.</translation>
    </message>
    <message>
        <source>No referral is proposed yet: propose one in the Referrals tab.</source>
        <translation>Aucune orientation n’est encore proposée : proposez-en une dans l’onglet Orientations.</translation>
    </message>
    <message>
        <source>No partner is called “%1”: choose one from the list, or none.</source>
        <translation>Aucun partenaire ne s’appelle « %1 » : choisissez-en un dans la liste, ou aucun.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::UnlockWidget</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Erreur de déverrouillage</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Créer un nouveau coffre…</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <source>Enter the vault's passphrase.</source>
        <translation>Saisissez la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>About the last lock</source>
        <translation>À propos du dernier verrouillage</translation>
    </message>
    <message>
        <source>If you are certain the passphrase is right, the start of the file may be damaged: restore the vault from a backup (Vault ▸ Restore from Backup…).</source>
        <translation>Si vous êtes certain que la phrase secrète est correcte, le début du fichier est peut-être endommagé : restaurez le coffre à partir d’une sauvegarde (Coffre ▸ Restaurer à partir d’une sauvegarde…).</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::UserGuideWindow</name>
    <message>
        <source>Advice Hub User Guide</source>
        <translation>Guide de l’utilisateur d’Advice Hub</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::VaultOverviewWidget</name>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>version du schéma %1</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Chiffrement :</translation>
    </message>
    <message>
        <source>SQLCipher %1 (AES-256, HMAC-SHA1 page authentication, %2-byte pages); key from Argon2id (%3)</source>
        <translation>SQLCipher %1 (AES-256, authentification des pages par HMAC-SHA1, pages de %2 octets) ; clé dérivée par Argon2id (%3)</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Données de référence</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>États :</translation>
    </message>
    <message>
        <source>%1 (of which %2 Core States)</source>
        <translation>%1 (dont %2 États du groupe central)</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canaux :</translation>
    </message>
    <message>
        <source>UNCAT articles:</source>
        <translation>Articles de la Convention :</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partenaires :</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement :</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::VersionHistoryDialog</name>
    <message>
        <source>Version History</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;View Version</source>
        <translation>&amp;Afficher la version</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>Co&amp;mparer la sélection</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) and compare them</source>
        <translation>Sélectionnez deux versions (Ctrl+clic) et comparez-les</translation>
    </message>
    <message>
        <source>Title of the new draft (default: the same title)</source>
        <translation>Titre du nouveau projet (par défaut : le même titre)</translation>
    </message>
    <message>
        <source>Copy into &amp;New Draft</source>
        <translation>Copier dans un &amp;nouveau projet</translation>
    </message>
    <message>
        <source>Start a new draft with the text of the selected version</source>
        <translation>Commencer un nouveau projet avec le texte de la version sélectionnée</translation>
    </message>
    <message>
        <source>Select exactly two versions to compare them (Ctrl+click).</source>
        <translation>Sélectionnez exactement deux versions pour les comparer (Ctrl+clic).</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>&amp;Compare version</source>
        <translation>&amp;Comparer la version</translation>
    </message>
    <message>
        <source>wi&amp;th version</source>
        <translation>a&amp;vec la version</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>Cô&amp;te à côte</translation>
    </message>
    <message>
        <source>Show the two versions in two panes instead of one text with the changes marked</source>
        <translation>Afficher les deux versions dans deux volets au lieu d’un seul texte où les modifications sont signalées</translation>
    </message>
    <message>
        <source>Inserted words are green, underlined and marked [+ … +]; deleted words are red, struck through and marked [− … −].</source>
        <translation>Les mots insérés sont en vert, soulignés et marqués [+ … +] ; les mots supprimés sont en rouge, barrés et marqués [− … −].</translation>
    </message>
    <message>
        <source>Formatting changes:</source>
        <translation>Modifications de mise en forme :</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparaison</translation>
    </message>
    <message>
        <source>V&amp;ersion</source>
        <translation>V&amp;ersion</translation>
    </message>
    <message>
        <source>Version History: %1</source>
        <translation>Historique des versions : %1</translation>
    </message>
    <message>
        <source>(sent)</source>
        <translation>(envoyée)</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(validée)</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>personne non nommée</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — self-cleared (single adviser)</source>
        <translation>%1 — autovalidation (conseiller unique)</translation>
    </message>
    <message>
        <source>Cleared by its own author: the vault has a single adviser; the justification is in the comment.</source>
        <translation>Validée par son propre auteur : le coffre n’a qu’un seul conseiller ; la justification figure dans le commentaire.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Versions %1 and %2 are identical.</source>
        <translation>Les versions %1 et %2 sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 → %2: %n word(s) inserted</source>
        <translation>
            <numerusform>Version %1 → %2 : %n mot inséré</numerusform>
            <numerusform>Version %1 → %2 : %n mots insérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n word(s) deleted</source>
        <translation>
            <numerusform>, %n mot supprimé</numerusform>
            <numerusform>, %n mots supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>; the formatting changed</source>
        <translation> ; la mise en forme a changé</translation>
    </message>
    <message>
        <source>The formatting changed.</source>
        <translation>La mise en forme a changé.</translation>
    </message>
    <message>
        <source>No formatting changes.</source>
        <translation>Aucune modification de mise en forme.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, saved %2 by %3 — %n word(s) (read-only)</source>
        <translation>
            <numerusform>Version %1, enregistrée le %2 par %3 — %n mot (lecture seule)</numerusform>
            <numerusform>Version %1, enregistrée le %2 par %3 — %n mots (lecture seule)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 was copied into the new draft “%2”.</source>
        <translation>La version %1 a été copiée dans le nouveau projet « %2 ».</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Advice Hub</source>
        <translation>Bienvenue dans Advice Hub</translation>
    </message>
    <message>
        <source>Advice Hub keeps the Secretariat's confidential queries, referrals and responses in one encrypted file on this computer: the vault. Nothing leaves it unless you print or export it.</source>
        <translation>Advice Hub conserve les requêtes confidentielles, les orientations et les réponses du Secrétariat dans un fichier chiffré unique sur cet ordinateur : le coffre. Rien n’en sort, sauf si vous l’imprimez ou l’exportez.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Créer un nouveau coffre</translation>
    </message>
    <message>
        <source>Choose where to keep it and a passphrase. Start here for real work.</source>
        <translation>Choisissez où le conserver et une phrase secrète. Commencez ici pour le travail réel.</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Ouvrir un coffre existant</translation>
    </message>
    <message>
        <source>A vault file made on this computer or restored from a backup.</source>
        <translation>Un fichier de coffre créé sur cet ordinateur ou restauré à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Explore the demo vault</source>
        <translation>Explorer le coffre de démonstration</translation>
    </message>
    <message>
        <source>Fictional data only. Its passphrase is “%1”.</source>
        <translation>Données fictives uniquement. Sa phrase secrète est « %1 ».</translation>
    </message>
    <message>
        <source>&amp;Recent vaults:</source>
        <translation>Coffres &amp;récents :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (not found)</source>
        <translation>%1 — %2 (introuvable)</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::WithdrawConsentDialog</name>
    <message>
        <source>Withdraw Consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>The consent of %1 given by %2 for %3 is withdrawn: it stays on record but covers nothing from then on.</source>
        <translation>Le consentement du %1 donné par %2 pour %3 est retiré : il reste enregistré mais ne couvre plus rien à partir de cette date.</translation>
    </message>
    <message>
        <source>How and why the State withdrew it (kept in the timeline)</source>
        <translation>Comment et pourquoi l’État l’a retiré (conservé dans l’historique)</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on:</source>
        <translation>Retiré &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Withdraw Consent</source>
        <translation>&amp;Retirer le consentement</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Advice Hub: confidential case management for the Secretariat of the Convention against Torture Initiative, kept in one encrypted vault file.</source>
        <translation>Advice Hub : gestion confidentielle des dossiers du Secrétariat de l’Initiative sur la Convention contre la torture, conservés dans un seul fichier coffre chiffré.</translation>
    </message>
    <message>
        <source>A vault file (.ahv) to open in the unlock screen. If Advice Hub is already running in this desktop session, the vault opens in its window.</source>
        <translation>Un fichier coffre (.ahv) à ouvrir dans l’écran de déverrouillage. Si Advice Hub est déjà lancé dans cette session de bureau, le coffre s’ouvre dans sa fenêtre.</translation>
    </message>
    <message>
        <source>Displays the version of Advice Hub and of SQLCipher, libsodium and Qt, and exits.</source>
        <translation>Affiche la version d’Advice Hub et celles de SQLCipher, libsodium et Qt, puis quitte.</translation>
    </message>
    <message>
        <source>Advice Hub opens one vault at a time.</source>
        <translation>Advice Hub ouvre un seul coffre à la fois.</translation>
    </message>
</context>
</TS>