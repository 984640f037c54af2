<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AdviserService</name>
    <message>
        <source>Adviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head of Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such adviser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no adviser called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An adviser needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is too long (at most 120 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already an adviser called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This adviser is no longer active.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseSummaryBuilder</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Dear colleagues of the CTI Secretariat,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With our thanks and best regards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permanent Mission (fictional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First Secretary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partner runs training on safeguards in the first hours of police custody.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partner will send two trainers for a three-day workshop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop held; the Ministry received the training materials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparative experience of national preventive mechanisms in the region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legislative drafting support for the definition of torture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excellency,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat of the Convention against Torture Initiative avails itself of this opportunity to renew the assurances of its highest consideration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer on the steps towards ratification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you for your letter on the steps towards ratification of the Convention. The Secretariat has prepared an overview of the process.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please cite the CTI ratification tool and the model legislation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you for your letter on the steps towards ratification of the Convention. The Secretariat has prepared an overview of the process, drawing on the CTI's ratification tool and on the model legislation it recommends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat stands ready to organise a technical exchange with officials of a State that completed the process recently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Citations added as requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good to go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holding reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat acknowledges receipt of your request and will reply in substance within three weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready for clearance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outline: national preventive mechanism, designation options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat outlines the options for designating a national preventive mechanism: a new body or an existing ombudsperson institution.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat outlines the options for designating a national preventive mechanism: a new body, or the existing ombudsperson institution with a dedicated unit and its own budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer on the national preventive mechanism</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledgement of receipt sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The requester was told that the Secretariat would reply by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Additional documents received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The requester sent the texts referred to in the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request is outside the Initiative's mandate; the requester was referred to the competent United Nations office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply sent: outside the Initiative's mandate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply explained the Initiative's mandate and named the competent office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions sent to the focal point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat asked for the current text of the law before answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signed answer was sent by e-mail to the focal point, with the tools it cites.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer sent by e-mail as a signed letter prepared outside Advice Hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up question received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The requester asked how the advice applies to a new draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The requester asked a follow-up question on the same matter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat can answer from its own tools and earlier answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A partner is better placed for the practical support asked for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal advice from the Secretariat; practical support from a partner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside the Initiative's mandate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partner has practical experience of this question and can provide an expert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partner agreed to provide an expert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partner's expert gave the advice; the requester thanked the Secretariat and the partner.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisclosureProfile</name>
    <message>
        <source>[name withheld]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a State in the %1 region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidential query %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisclosureRecord</name>
    <message>
        <source>Say what was disclosed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies are numbered from 1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftText</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holding reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Substantive response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopened by a new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not an Advice Hub vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is damaged and cannot be read. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault was made by a newer version of Advice Hub. Update Advice Hub to open it; this version will not change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault is already open in another Advice Hub window or program. Close it there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file already exists at this location; it was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system does not allow Advice Hub to read or write this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not allowed in the current state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record was changed elsewhere; reload it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An internal error occurred. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough memory to derive the vault key (%1 MiB are needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of memory. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This encrypted database is not an Advice Hub vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault file is incomplete (truncated). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full: changing the passphrase needs about %1 MB of free space next to the vault. Nothing was changed; the vault still opens with the current passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase could not be changed. The vault still opens with the current passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase could not be changed (%1) The vault still opens with the current passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A page of the vault failed authentication or is corrupt (SQLite error %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full: the backup could not be written. Nothing was left behind and the vault is unchanged; free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault's passphrase is not correct.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is busy; try the backup again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder for the backup does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder already exists at this location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup cannot replace the vault it is made from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be verified after writing it, so it was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file already exists where the restored vault should go; a restore never replaces a file. Choose a new name.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The backup is damaged (%n problem(s)); nothing was restored.</source>
        <translation>
            <numerusform>The backup is damaged (%n problem); nothing was restored.</numerusform>
            <numerusform>The backup is damaged (%n problems); nothing was restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder for automatic backups does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file or its folder does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a folder, not an Advice Hub vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault file is read-only. Advice Hub needs to be able to write it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty; it is not an Advice Hub vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is an unencrypted SQLite database, not an Advice Hub vault.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s) (%1)</source>
        <translation>
            <numerusform>on %n page (%1)</numerusform>
            <numerusform>on %n pages (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault was made with the key derivation meant for automated tests only (%1 MiB, %2 pass): its passphrase can be tried far faster than on a real vault. Do not keep real cases in it; create a new vault and import them there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is busy; try compacting it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full: compacting the vault needs about %1 MB of free space next to it. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compacting this vault needs about %1 MB of free memory (the compacted copy is built in memory, never in an unencrypted temporary file), and %2 MB are available. Close other programs and try again, or make a backup: a backup is compacted, and restoring it reclaims the space. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault was compacted, but the check afterwards found problems. Run Check Integrity and restore the latest backup if it reports damage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file is in the way of the backups folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backups folder %1 could not be created.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is too long (at most 120 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already an office holiday (“%2”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an office holiday.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>scripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event handler attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>links to addresses other than http, https and mailto (their text is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>embedded frames, objects and media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forms and form controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG and MathML graphics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>style sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>references to external resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported inline styles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported attributes (class, id…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported elements (their text is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>structure nested too deeply (its text is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The HTML parser could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is nested too deeply to be read (more than 256 levels of elements). Nothing was kept; paste it as plain text instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text could not be read completely as HTML. Nothing was kept; paste it as plain text instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is too large to keep in a draft (%1 MB; at most %2 MB). Nothing was kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeptWork</name>
    <message>
        <source>Discard this unsaved work? It was kept when the vault locked; once discarded it cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkKinds</name>
    <message>
        <source>related to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>followed up by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficeTextExtractor</name>
    <message>
        <source>The document is damaged or not of its type: a part it needs is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document's text would be larger than %1 MiB uncompressed; it was not read (a "zip bomb"?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document holds more than %1 parts; it was not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is protected by a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is not valid: it declares a document type (DTD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive is not a word-processing document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is damaged and its text could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Only the beginning of the text (%n characters) can be searched.</source>
        <translation>
            <numerusform>Only the beginning of the text (%n characters) can be searched.</numerusform>
            <numerusform>Only the beginning of the text (%n characters) can be searched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerFieldText</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strategic partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas of expertise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartnerText</name>
    <message>
        <source>NGO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UN body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treaty body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UN fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UN agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regional body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National human rights institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Academic centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Independent expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State (Group of Friends)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it safe: without it the vault cannot be opened, by anyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too easy to guess. Add more unrelated words; avoid names, dates and common phrases.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PendingEditService</name>
    <message>
        <source>This unsaved work was already restored or discarded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlainTextExtractor</name>
    <message>
        <source>The file holds binary data (NUL bytes), not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is marked as UTF-8 text but is not valid UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is marked as UTF-16 or UTF-32 text but is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Only the beginning of the text (%n characters) can be searched.</source>
        <translation>
            <numerusform>Only the beginning of the text (%n characters) can be searched.</numerusform>
            <numerusform>Only the beginning of the text (%n characters) can be searched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>STRICTLY CONFIDENTIAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request in brief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent without consent on a head's recorded justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No consent recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: the query is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer due %1 (overdue).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer due %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting the requester since %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up the referral to %1 by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A partner gets a partner extract of a referral, not a case summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one query for the briefing pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A briefing pack is printed for the Secretariat or for a Core State briefing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print from 1 to %1 copies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"Prepared for" is one line of at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The watermark is one line of at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title is one line of at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period is one line of at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marking: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queries: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A response is printed for the Secretariat or for a Core State briefing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our ref.: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1 (%2) as PDF %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, copy %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A printed document shows at least one query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF of %1 is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Core State briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner extract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueryChoices</name>
    <message>
        <source>%1 (former adviser)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueryCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column %1 appears twice (columns %2 and %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The required column %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has %1 fields; the header has %2. (A text with commas or line breaks must be in double quotes.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date like 2026-03-14.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown channel %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown State %1 (use the ISO code, e.g. GH or GHA, or the name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown institution type %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown confidentiality level %1 (standard, confidential or strictly_confidential).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown theme %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an article of the Convention (1 to 33).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown priority %1 (urgent, high, normal or low).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no adviser called %1 in this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown route %1 (in_house, refer, both or out_of_scope).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a reference like AH-2026-0042.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference %1 is also on line %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference %1 is already in this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A double quote opened here is never closed. Nothing after it could be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Misplaced double quote: a field that contains a quote must be enclosed in double quotes and the quote doubled (""). Nothing after this line could be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has a header but no queries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not UTF-8 text (first wrong character on line %1). Save it as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(a text of %n characters, not shown)</source>
        <translation>
            <numerusform>(a text of %n characters, not shown)</numerusform>
            <numerusform>(a text of %n characters, not shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: the export to %1 could not be written. Nothing was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export to %1 could not be written (%2). Nothing was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than %1 MB: split it into several files and import them one after the other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 (%2): the mapping sends it to %3, which is not a column of Advice Hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1: unknown column name %2. The columns are: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read to its end; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full; the export could not be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueryFinder</name>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuerySearch</name>
    <message>
        <source>All queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the search a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such saved search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search has %1 words; search for at most %2 words at a time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueryText</name>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Triaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer in-house</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refer to a partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer and refer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requesting State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact function</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNCAT articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned adviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for Requester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Response Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as Referred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent obtained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Consent Obtained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNCAT articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note verbale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>Spell checking is off: the %1 dictionary (%2) is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spell checking is off: the %1 dictionary is not in UTF-8.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlinked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TypedText</name>
    <message>
        <source>Discard what you typed? It has not been saved and cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WordDiffer</name>
    <message>
        <source>bold added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bold removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>italic added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>italic removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>underline added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>underline removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strikethrough added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strikethrough removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superscript or subscript changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code formatting changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quotation added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quotation removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>heading added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>heading removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>heading level changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulleted list added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bulleted list removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numbered list added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numbered list removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list nesting changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alignment changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indentation changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link address changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table removed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::attachments::AttachmentIntegrity</name>
    <message>
        <source>The list of attachments could not be read (SQLite error %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is incomplete: it has no content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: chunk %2 does not match its SHA-256 (the stored content is damaged).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: chunks are missing (%2 recorded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 bytes stored, %3 recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: its content does not match its SHA-256.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read: a page of the vault failed authentication or is corrupt (SQLite error %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::attachments::AttachmentService</name>
    <message>
        <source>The attachment %1 is damaged in the vault (its content does not match its SHA-256). Run Vault ▸ Check Integrity, and restore a backup if needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault was locked while the attachment was read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attachment %1 is no longer in the vault, or is incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such attachment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is empty (0 bytes): there is nothing to attach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 (%2) is larger than the limit for attachments, %3. Nothing was attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 changed while it was being read. Nothing was attached; try again once it is complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 could not be read. Nothing was attached.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>The description is longer than %n characters.</numerusform>
            <numerusform>The description is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language must be a language code of two or three letters (for example en, fr, es).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not enough memory to read the file's text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file's text could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder: attach the files in it one by one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe) and cannot be attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read (permission denied).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: nothing was attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query was merged into another; attach the file there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timeline entry is not one of this query's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same file is already attached to this query as %1. Nothing was attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 added (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attachment %1 is %2: too large to read at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This attachment was changed by someone else since you opened it. Reload it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1: description changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 removed (%2, SHA-256 %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 (SHA-256 %2) saved as a copy to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 linked to timeline entry %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 no longer linked to a timeline entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::attachments::AttachmentText</name>
    <message>
        <source>Text found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No text (a scan?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not searchable (type not supported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The file name is longer than %n characters; rename the file and attach it again.</source>
        <translation>
            <numerusform>The file name is longer than %n characters; rename the file and attach it again.</numerusform>
            <numerusform>The file name is longer than %n characters; rename the file and attach it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::attachments::TextExtractors</name>
    <message>
        <source>The text of the document could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text of this type of file is not searchable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::casefile</name>
    <message>
        <source>%1 could not be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::drafts::DraftService</name>
    <message>
        <source>This draft was sent: it is locked. Copy it into a new draft to reuse its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft was changed by someone else since you opened it. Reload it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft is already submitted for clearance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft is cleared already; mark it sent, or save a new version to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a draft submitted for clearance can be cleared (this one is “%1”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes can be requested only on a draft submitted for clearance (this one is “%1”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who you are first: clearance is recorded with the adviser who gives it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an adviser with the role head can clear a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an adviser with the role head can request changes to a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four eyes: you wrote version %1 of this draft, so another head must clear it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a cleared draft can be marked sent (this one is “%1”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the draft a title.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>The title is longer than %n characters.</numerusform>
            <numerusform>The title is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The comment is longer than %n characters.</source>
        <translation>
            <numerusform>The comment is longer than %n characters.</numerusform>
            <numerusform>The comment is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query was merged into another; draft the answer there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1 created (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No change to save: the text is the same as version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 replaced the cleared version %2: the clearance no longer applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 replaced the submitted version %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Draft %1: version %2 saved (%n word(s))</source>
        <translation>
            <numerusform>Draft %1: version %2 saved (%n word)</numerusform>
            <numerusform>Draft %1: version %2 saved (%n words)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1: version %2 saved; the clearance of version %3 was withdrawn, the draft is back to draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1: version %2 saved while submitted; back to draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renamed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1: version %2 submitted for clearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what should change: a request for changes needs a comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1: changes requested to version %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>You wrote this version and you are the vault's only adviser: clearing it yourself needs a justification of at least %n characters, which is recorded.</source>
        <translation>
            <numerusform>You wrote this version and you are the vault's only adviser: clearing it yourself needs a justification of at least %n characters, which is recorded.</numerusform>
            <numerusform>You wrote this version and you are the vault's only adviser: clearing it yourself needs a justification of at least %n characters, which is recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1: version %2 SELF-CLEARED by its author (the vault's only adviser): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1: version %2 cleared</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The note is longer than %n characters.</source>
        <translation>
            <numerusform>The note is longer than %n characters.</numerusform>
            <numerusform>The note is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer cannot be marked sent on a future date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An answer cannot be sent before the query was received (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the channel the answer was sent by.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1: version %2 sent on %3 by %4; the text is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft has no version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied from draft %1, version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1 created as a copy of %2 (version %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sent draft %1 was copied from this one, which stays as its source.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Draft %1 deleted with its %n version(s)</source>
        <translation>
            <numerusform>Draft %1 deleted with its %n version</numerusform>
            <numerusform>Draft %1 deleted with its %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1, version %2, exported as %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer cleared, not yet sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer: DRAFT (not cleared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (self-cleared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::library::LibraryService</name>
    <message>
        <source> (after %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text has a “{” without its closing “}” at character %1%2. Placeholders are written {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text has a “}” without its opening “{” at character %1%2. Placeholders are written {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The template's name is longer than %n characters.</source>
        <translation>
            <numerusform>The template's name is longer than %n characters.</numerusform>
            <numerusform>The template's name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has no text.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The template uses %n unknown placeholder(s): %1. The placeholders are: %2.</source>
        <translation>
            <numerusform>The template uses %n unknown placeholder: %1. The placeholders are: %2.</numerusform>
            <numerusform>The template uses %n unknown placeholders: %1. The placeholders are: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a template named %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the resource a title.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>The title is longer than %n characters.</numerusform>
            <numerusform>The title is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>The description is longer than %n characters.</numerusform>
            <numerusform>The description is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the citation that a draft will quote for this resource.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The citation is longer than %n characters.</source>
        <translation>
            <numerusform>The citation is longer than %n characters.</numerusform>
            <numerusform>The citation is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link is longer than %n characters.</source>
        <translation>
            <numerusform>The link is longer than %n characters.</numerusform>
            <numerusform>The link is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link must be a web address starting with https:// (for example https://www.example.org/guide).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a language of the library; use en, fr, es, or nothing for several languages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One of the themes chosen does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library already has a resource titled %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This template was changed by someone else since you opened it. Reload it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several templates are named %1 (%2); choose one by its number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The query's reference (AH-2026-0042)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The requesting State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The requesting institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact person's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact person's function</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date the query was received, in the letter's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The query's subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The adviser writing (the session's adviser)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's date, in the letter's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The query's due date, in the letter's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel the query came through, in the letter's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partner of the query's open referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such resource in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This resource was changed by someone else since you opened it. Reload it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an answer that was sent can be reused as a precedent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft cannot reuse its own text as a precedent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The precedent reused no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft was sent: it is locked and cannot take new text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1: text reused from the answer %2 sent on %3 for %4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of the answer %1 reused in a draft for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the word to add to the dictionary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dictionary takes single words: %1 has a space in it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>A word of the dictionary is at most %n characters long.</source>
        <translation>
            <numerusform>A word of the dictionary is at most %n characters long.</numerusform>
            <numerusform>A word of the dictionary is at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the vault's %2 dictionary.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::partners::PartnerService</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n characters.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the partner's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another partner already has this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory could not be read to check the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another partner already uses this acronym.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory could not be read to check the acronym.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An area of expertise is not one of the vault's themes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A region is not one of the vault's regions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A working language is not one of the vault's languages.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>At most %n contacts.</source>
        <translation>
            <numerusform>At most %n contacts.</numerusform>
            <numerusform>At most %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: enter the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact %1: at most %2 characters per field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact %1: the e-mail address is not like name@example.org.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact %1: a phone number has digits, spaces, + ( ) - . / only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact %1 is not a contact of this partner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact %1 is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new partner's contacts are new too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such partner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This partner was changed by someone else since you opened it. Reload it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This partner has referrals on record and cannot be deleted; deactivate it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A recorded consent names this partner, so it cannot be deleted; deactivate it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the partner (its name, acronym or number).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than one partner has this acronym; give the partner's name or number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no partner of that name, acronym or number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::queries::QueryService</name>
    <message>
        <source>Enter the date the query was received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is before 2000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose how the query was received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the requesting State.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown institution type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - . / only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one theme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown theme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNCAT articles are numbered 1 to 33.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The due date is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The due date is before the date of receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown adviser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This adviser is no longer active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a reference like AH-2026-0042.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference %1 appears twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference %1 is already in the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query was merged into another; edit that one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reload it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query was merged into another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A query that is “%1” cannot become “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Triage the query first: it needs an assigned adviser and a route.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The clock stopped for %n working day(s) while awaiting the requester.</source>
        <translation>
            <numerusform>The clock stopped for %n working day while awaiting the requester.</numerusform>
            <numerusform>The clock stopped for %n working days while awaiting the requester.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a new or reopened query can be triaged; this one is “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of entry is written by Advice Hub itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the correction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such timeline entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction of the %1 entry of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A query cannot be linked to itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A merged duplicate cannot be linked; link its survivor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed up by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 are not linked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer linked to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A query cannot be merged into itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A query that was already merged cannot be merged again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (a duplicate) was merged into this query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged into %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a query registered by mistake (still new) can be deleted; decline or close this one instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other queries were merged into this one; it cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no query %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both queries have an open referral to the same partner; withdraw one of them before merging.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query has referrals or consents on record; it cannot be deleted. Decline or close it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query has drafts of its answer; it cannot be deleted. Delete the drafts that were not sent, or decline or close the query instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No draft of this query's answer was marked sent. To record the response as sent anyway, give the reason: the answer was given outside Advice Hub: how, when and by whom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query has attachments; it cannot be deleted. Remove the attachments first, or decline or close the query instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs a reason: say why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A partner can be chosen only when the route refers the query to a partner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals cannot be proposed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A query is marked as referred only when its route refers it to a partner; this one's route is “%1”. Change the route to “%2” or “%3” first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::referrals::ReferralService</name>
    <message>
        <source>“%1” is not a field a referral can share; the fields are: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the query is referred to this partner.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n characters.</source>
        <translation>
            <numerusform>The reason is longer than %n characters.</numerusform>
            <numerusform>The reason is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one field of the query to share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query was merged into another; refer that one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such partner in the directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is inactive; reactivate it or choose another partner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact chosen is not one of %1's contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referral cannot be proposed before the query was received (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referral cannot be proposed on a future date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has an open referral to %2; follow that one up instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to %1 proposed (to share: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such referral.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral was sent already: what is shared cannot change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral is closed (%1); it cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral was changed by someone else since you opened it. Reload it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no follow-up date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to %1 edited: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This referral is closed (%1); it needs no follow-up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up of the referral to %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-up date for the referral to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a reason for making the referral “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The outcome is longer than %n characters.</source>
        <translation>
            <numerusform>The outcome is longer than %n characters.</numerusform>
            <numerusform>The outcome is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A referral's status cannot change on a future date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is before the referral was %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recorded consent covers %1 and every field this referral shares (%2). Record the consent first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is inactive; reactivate it before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recorded consent covers %1 and every field this referral shares (%2). Record the consent, or an adviser with the role head may override with a written justification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an adviser with the role head may send a referral without consent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The justification of an override needs at least %n characters.</source>
        <translation>
            <numerusform>The justification of an override needs at least %n characters.</numerusform>
            <numerusform>The justification of an override needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The justification is longer than %n characters.</source>
        <translation>
            <numerusform>The justification is longer than %n characters.</numerusform>
            <numerusform>The justification is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral to %1 sent WITHOUT consent — override by %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to %1 sent (shared: %2; consent on record)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared with %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared with %1 WITHOUT consent (override): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter who gave the consent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The name and function of who gave the consent take at most %n characters each.</source>
        <translation>
            <numerusform>The name and function of who gave the consent take at most %n characters each.</numerusform>
            <numerusform>The name and function of who gave the consent take at most %n characters each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %n characters.</source>
        <translation>
            <numerusform>The notes are longer than %n characters.</numerusform>
            <numerusform>The notes are longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one partner the consent covers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one field the consent covers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query was merged into another; record it there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A consent cannot be given before the query was received (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A consent cannot be dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A partner the consent names is not in the directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent recorded (%1, %2) to share %3 with %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reason the consent was withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A withdrawal cannot be dated in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent of %1 withdrawn on %2: it covers nothing from now on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expertise: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>region: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>works in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact at the partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covered (consent %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERRIDE by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route chosen at triage: referral to a partner.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::AboutDialog</name>
    <message>
        <source>About Advice Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Advice Hub %1&lt;/h2&gt;&lt;p&gt;Confidential case management for the Secretariat of the Convention against Torture Initiative (CTI): technical queries from governments, referrals to partners, responses and Core State briefings.&lt;/p&gt;&lt;p&gt;All records are kept in one encrypted vault on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher %3, libsodium %4 and zxcvbn.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::AdvisersDialog</name>
    <message>
        <source>Advisers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A former adviser keeps their name on everything they did, but cannot be assigned new queries or chosen at unlock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>former</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>working now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::AttachmentViewer</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub cannot show files of type %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Copy… to open it with another program — the copy is outside the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to show here (%2; Advice Hub shows files up to %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged or is not a valid PDF: it cannot be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was not correct. Password of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is protected by a password. Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match %1 of %2 (page %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find text first (Ctrl+F): the match found is copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied (cleared from the clipboard after a short while).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged or is not an image Advice Hub can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 claims to be %2 × %3 pixels: too large to show (Advice Hub shows images up to %4 megapixels). Save a Copy… to open it with another program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be shown as text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be shown as text: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Only the beginning of the file is shown (%n character(s)).</source>
        <translation>
            <numerusform>Only the beginning of the file is shown (%n character).</numerusform>
            <numerusform>Only the beginning of the file is shown (%n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A copy was saved to %1. It is outside the vault: it is not encrypted, and deleting the attachment does not delete it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No attachment yet: Add Attachment… or drop files here. They are kept encrypted in the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add A&amp;ttachment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Attac&amp;hment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;Copy of the Attachment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Attachment &amp;Description…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Attachment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach files to the query: they are kept encrypted in the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A merged query's attachments are kept as they were; add them to the query it was merged into.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who is working (Vault ▸ Switch Adviser…) to attach files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attachments could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Found in attachment %1</source>
        <translation>
            <numerusform>Found in attachment %1</numerusform>
            <numerusform>Found in attachments %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files are being attached; drop these once they are in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files can be attached once a query is shown and an adviser is working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: only files on this computer can be attached, not addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a folder cannot be attached; attach the files in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding %1 (%2 of %3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled (nothing of it kept)</source>
        <translation>
            <numerusform>%Ln cancelled (nothing of it kept)</numerusform>
            <numerusform>%Ln cancelled (nothing of it kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding cancelled; nothing was attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from this query?

Its content is deleted from the vault; the timeline keeps a record of its name and fingerprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link to Timeline Entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach Files to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link to Timeline Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline entry saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::BackupDialog</name>
    <message>
        <source>Back Up Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protect the backup with a &amp;different passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup is a second encrypted vault file. It is checked after writing and only then put in place; it opens with the vault's passphrase unless you choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault's &amp;passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backup passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the vault itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Replace it with the new backup once that is verified?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::BriefingPackDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queries of the list shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The query selected in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A saved search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received in a period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved &amp;search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 1 January – 31 March 2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each copy is numbered and recorded in the print register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared &amp;for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Watermark:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queries cannot be found: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n query(ies) in the pack.</source>
        <translation>
            <numerusform>%n query in the pack.</numerusform>
            <numerusform>%n queries in the pack.</numerusform>
        </translation>
    </message>
    <message>
        <source>No query: the list shown is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No query: none is selected in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No query: there is no saved search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No query: the saved search finds none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No query was received in this period with this status, region and theme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queries chosen by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reference (AH-2026-0042) or words from the query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add ▸</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the queries selected on the left to the pack (or double-click one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◂ &amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the queries selected on the right out of the pack (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the pack (drag to reorder):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 newest matches are listed; type more words to narrow them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No query matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No query: find queries and add them to the pack.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole vault is re-encrypted under the new passphrase. Existing backups keep the passphrase they were made with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ChooseAdviserDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes you make are recorded with this name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ColumnMappingDialog</name>
    <message>
        <source>Match the Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some columns of the file are not named as Advice Hub expects. Choose what each column holds; columns set to “ignore” are not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a column of the file for: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each field can come from one column only: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ConflictBanner</name>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what is saved now; your changes here are discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;Mine Anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the other change with what you see here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ConsentDialog</name>
    <message>
        <source>Record Consent for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who gave it, for the State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Director, Human Rights Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. the reference of the note verbale, conditions the State set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given by (&amp;name) *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given by (&amp;function):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For &amp;partners *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For &amp;fields *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A consent counts for a referral only if it names the referral's partner and every field the referral shares.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::CreateVaultWizard</name>
    <message>
        <source>Choose where the vault file will be stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file with this name already exists. Choose another name; Advice Hub never overwrites a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub cannot write in the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is one encrypted file. Everything you record in Advice Hub stays inside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the vault on this computer's own disk, preferably on an encrypted drive. Make backups with Vault ▸ Back Up once it holds work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several unrelated words make a passphrase that is easy to remember and hard to guess. There is no way to recover a forgotten passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to create the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault will be created as
%1

Its key is derived from your passphrase with Argon2id (256 MiB of memory), and every page is encrypted with AES-256 by SQLCipher. Opening the vault takes about half a second.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::DateRangeButton</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: any date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::DescriptionDialog</name>
    <message>
        <source>Description of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the file is (up to %L1 characters):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::DraftActions</name>
    <message>
        <source>New &amp;Draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve Draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Draft</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Remove the draft “%1” with its %n version(s)? The query's timeline keeps a note that it existed, not its text.</source>
        <translation>
            <numerusform>Remove the draft “%1” with its %n version? The query's timeline keeps a note that it existed, not its text.</numerusform>
            <numerusform>Remove the draft “%1” with its %n versions? The query's timeline keeps a note that it existed, not its text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kept text does not say which draft it belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft &amp;Properties…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sent draft is locked: its title, kind and language stay as they were when it was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the selected draft's title, kind or language (F2 in the list of drafts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its unsaved text (in its open editor or kept in the vault) goes too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft Properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft properties saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::DraftEditor</name>
    <message>
        <source>ODF text (*.odt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text could not be kept as unsaved work: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasted without what a draft cannot hold: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to Vault Dictionary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added to the vault's %1 dictionary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bulleted List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bmit for Clearance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Request Changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;Sent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y into New Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Version History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert from &amp;Precedents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as &amp;Rich Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>¶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What changed (optional, kept with the version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search tools and references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert &amp;Citation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Library Panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 (version %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3 · version %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — version %1 cleared by %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (self-cleared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on %1 by %2 — locked. This is the text as sent (version %3): it can be read, exported and copied into a new draft, never changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unrecorded channel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved text kept in the vault at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text of a draft being edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft “%1” of %2 (based on version %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of this draft that was not saved was kept on %1%2. Restore it? (Discard removes it for good; Cancel leaves it kept for later.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was based on version %1; version %2 has been saved since.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft has been sent since the text was kept: it can no longer change. Copy it into a new draft to use the kept text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kept text is back. Save it (Ctrl+S) to make it a version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft was sent: it is locked and cannot be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes first (Ctrl+S): clearance is about a saved version, not the text being edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted for clearance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked sent: the draft is locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit for Clearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy into New Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 exported (the unsaved changes are not in it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as Rich Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied as rich text (cleared from the clipboard after a short while).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address (https:, http: or mailto:):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A link must be an https:, http: or mailto: address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert from Precedents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of the precedent inserted; its reuse is recorded on the timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert Citation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Citation inserted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes to this draft as a new version before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the newest saved version; the text typed here since the last save is discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the text typed here as the next version; the other version stays in the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Nothing was saved; your text is still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: the draft changed meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 reloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft was marked sent meanwhile: it is locked. Copy your text into a new draft to keep it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::DraftPropertiesDialog</name>
    <message>
        <source>Draft Properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text and its versions stay as they are; the change is recorded on the query's timeline. The language also chooses the spelling dictionary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this draft while this dialog was open. It is now titled “%1” (%2, %3). Save again to replace that with the values above, or Cancel to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard your changes to the draft's title, kind and language?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::DraftStepDialog</name>
    <message>
        <source>Submit for Clearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of “%2” goes to the Head of Secretariat for clearance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 goes back to its author with your comment, kept with the version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Request Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cleared version %1 is recorded as sent. From then on the draft is locked: it can be read, exported and copied, never changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Comment (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>You wrote this version and you are the only adviser of this vault: say why it is cleared without a second reader (at least %n characters). The clearance is recorded as a self-clearance.</source>
        <translation>
            <numerusform>You wrote this version and you are the only adviser of this vault: say why it is cleared without a second reader (at least %n characters). The clearance is recorded as a self-clearance.</numerusform>
            <numerusform>You wrote this version and you are the only adviser of this vault: say why it is cleared without a second reader (at least %n characters). The clearance is recorded as a self-clearance.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clearing version %1 approves it for sending. Any later edit sends the draft back to “Draft”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::DraftTextEdit</name>
    <message>
        <source>(No suggestions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “%1” to Vault Dictionary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::DraftsPanel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No draft yet: New Draft (Ctrl+Shift+D) starts one, blank or from a template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent %1 (locked)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::DueDateField</name>
    <message>
        <source>Use &amp;Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let the due date follow the priority again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::EntryDialog</name>
    <message>
        <source>Link %1 to a Timeline Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timeline entry the file came with (an e-mail received, a meeting):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::FirstAdviserDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vault has no advisers yet. Every registration and change is recorded with the name of the adviser who made it; enter yours. Colleagues can be added later in Vault ▸ Advisers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look around without changing anything</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::FollowUpsPage</name>
    <message>
        <source>&amp;Open Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up date passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent, no reply after %n working day(s)</source>
        <translation>
            <numerusform>Sent, no reply after %n working day</numerusform>
            <numerusform>Sent, no reply after %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No referral to follow up. Sent referrals are listed here after %n working day(s) without a reply (Edit ▸ Settings), and open ones once their follow-up date comes.</source>
        <translation>
            <numerusform>No referral to follow up. Sent referrals are listed here after %n working day without a reply (Edit ▸ Settings), and open ones once their follow-up date comes.</numerusform>
            <numerusform>No referral to follow up. Sent referrals are listed here after %n working days without a reply (Edit ▸ Settings), and open ones once their follow-up date comes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) to follow up. Press Enter on one to open its query.</source>
        <translation>
            <numerusform>%n referral to follow up. Press Enter on one to open its query.</numerusform>
            <numerusform>%n referrals to follow up. Press Enter on one to open its query.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::HolidaysDialog</name>
    <message>
        <source>Office Holidays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Christmas Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default due dates count working days (Monday to Friday) and skip these days. Due dates already set do not move.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ImportReportDialog</name>
    <message>
        <source>Import Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not imported: nothing was added to the vault. Fix these problems in the file and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the Import Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-problems.txt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::LibraryManagerDialog</name>
    <message>
        <source>Templates and Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by words of the title, description or citation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show i&amp;nactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, came with the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1: template forms are not kept at a lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1: library forms are not kept at a lock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::LongOperation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::MainWindow</name>
    <message>
        <source>&amp;New Vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the vault now (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the vault and clear everything it showed; the passphrase opens it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;Integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write an encrypted, verified copy of the vault to another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a new vault from a backup file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Advisers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add, rename or deactivate the Secretariat's advisers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;witch Adviser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who is recorded on the changes made from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office &amp;Holidays…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The days the office is closed; default due dates skip them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault &amp;Information…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Advice Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No vault open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo vault holds fictional data only. Its passphrase is “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No adviser chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was restored into the new vault %1. Open it now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was restored into the new vault %1. Open it now? The vault that is open now will be locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the demo vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub will close once the current operation has finished or been cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An import or export was cancelled because the computer was going to sleep; nothing of it was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not opened: Advice Hub is busy. Open it again once the current operation has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock %1 and open %2? Unsaved work is kept in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved Work</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>When the vault locked, what was typed in %n open form(s) could not be kept in the vault, and was discarded:</source>
        <translation>
            <numerusform>When the vault locked, what was typed in %n open form could not be kept in the vault, and was discarded:</numerusform>
            <numerusform>When the vault locked, what was typed in %n open forms could not be kept in the vault, and was discarded:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Templates and Library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter templates and the library of CTI tools and references.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mpact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give back to the disk the space left by removed attachments and other deletions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print Register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every print and PDF of the vault's documents: when, who, what, which profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Advice Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (locked) — Advice Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A short guide to Advice Hub, from creating a vault to printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every command that has a shortcut, searchable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not found. It has been removed from the recent vaults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the window over the whole screen, without its frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::MultiSelectButton</name>
    <message>
        <source>Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n selected</numerusform>
            <numerusform>%1: %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::NewDraftDialog</name>
    <message>
        <source>New Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A blank page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft starts empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query has no value for: %1. The draft shows a marker such as “[%2?]” in their place; fill them in before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template uses placeholders Advice Hub does not know: %1. They are left in the text as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template could not be filled; choose another or a blank page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PartnerDialog</name>
    <message>
        <source>Edit Partner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Strategic partner (preferred among equal suggestions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the organisation does and how it works with the Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal notes (not shared with the partner)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas of &amp;expertise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working &amp;languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts are personal data: they leave the vault only with a referral that names them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xpertise and Reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the partner as it is saved now; your changes in this form are discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Active: offered for new referrals. %n referral(s) so far.</source>
        <translation>
            <numerusform>Active: offered for new referrals. %n referral so far.</numerusform>
            <numerusform>Active: offered for new referrals. %n referrals so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive: kept with its %n referral(s), not offered for new ones.</source>
        <translation>
            <numerusform>Inactive: kept with its %n referral, not offered for new ones.</numerusform>
            <numerusform>Inactive: kept with its %n referrals, not offered for new ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the edit of a partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new partner being added</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n field need attention; nothing was saved.</numerusform>
            <numerusform>%n fields need attention; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard what you typed in this partner form?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PartnersPage</name>
    <message>
        <source>&amp;New Partner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an organisation to the partner directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the partner and its referrals, but no longer offer it for new referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete Partner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete a partner that never had a referral (one with referrals can be deactivated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Inactive Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, acronym, description, expertise (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strategic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1: partner forms are not kept at a lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This partner has referrals: it can be deactivated, not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete a partner added by mistake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deactivate Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner deactivated: kept with its referrals, no longer offered for new ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivate Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner reactivated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1” from the directory? Only a partner added by mistake should be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PassphraseField</name>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PendingEditsDialog</name>
    <message>
        <source>Unsaved Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault was locked while this was being written. It was kept in the vault, not saved. Restore it to finish it, or discard it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it in the vault and ask again at the next unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard this unsaved work? It cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This work could not be restored: %1 It is still kept; try again later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PickQueryDialog</name>
    <message>
        <source>Merge %1 into…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link %1 to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a duplicate. Choose the query it duplicates: its timeline, links, themes and articles move there, and its reference will lead to that query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the query %1 is related to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reference (AH-2026-0042) or words from the query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 follows up the chosen query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I checked that %1 is a duplicate; merging cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 newest matches are listed; type more words to narrow them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other query matches.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PrecedentsDialog</name>
    <message>
        <source>Precedents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words of earlier sent answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only sent answers are found. Reusing text from a confidential query asks first, and every reuse is recorded on both queries' timelines (not the text).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reusing this text asks first and is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sent answers yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sent answer matches.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n sent answer(s) found.</source>
        <translation>
            <numerusform>%n sent answer found.</numerusform>
            <numerusform>%n sent answers found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reuse Confidential Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer %1 was sent for a query marked “%2”.

Its text may identify the State or people concerned. Check the text before sending it elsewhere. The reuse will be recorded on both queries' timelines.

Insert it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was inserted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Insert Anyway</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PrintActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview the case summary of the query shown, under the print profile chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the case summary of the query shown (recorded in the print register)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the case summary of the query shown as a PDF (recorded in the print register)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Pro&amp;file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print or save a briefing pack of several queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview E&amp;xtract…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print E&amp;xtract…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print what the selected referral shares with its partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Extract as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview &amp;Letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview the selected draft as a letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print &amp;Letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Letter as PDF…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PrintController</name>
    <message>
        <source>The number of copies must be from 1 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing goes through the system's print service, which keeps its own copy of what is printed (the print queue, or spool) outside the encrypted vault. Use Save as PDF… for a file that Advice Hub writes and records itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was printed: Advice Hub prints only to a printer. Use Save as PDF… to write a file.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing was printed: this document already has %n numbered copies; print it with one copy in the print dialog.</source>
        <translation>
            <numerusform>Nothing was printed: this document already has %n numbered copies; print it with one copy in the print dialog.</numerusform>
            <numerusform>Nothing was printed: this document already has %n numbered copies; print it with one copy in the print dialog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document was sent to the printer, but the print could not be recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the printer; recorded in the print register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1; recorded in the print register.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PrintPreviewDialog</name>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::PrintRegisterDialog</name>
    <message>
        <source>Print Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Query reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printer or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The print register cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n print(s) and PDF(s).</source>
        <translation>
            <numerusform>%n print and PDF.</numerusform>
            <numerusform>%n prints and PDFs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Query…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register a query received from a State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Query…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set priority, due date, adviser and route, and mark the query as triaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add to Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Correct Entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a correction to the selected timeline entry (entries are never changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link to Query…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge Duplicate into…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Query Registered by Mistake…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;xt Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre&amp;vious Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Saved Searc&amp;h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register queries from a spreadsheet (CSV); a file with any invalid row imports nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chec&amp;k CSV File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check every row of a spreadsheet (CSV) as an import would, without importing anything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the queries of the list to a CSV or JSON file (recorded in their timelines)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::QueryCasework</name>
    <message>
        <source>Registered %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 triaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 “%2”? Only a query registered by mistake should be deleted; its reference number is not used again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The query it was written for no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timeline entry it corrects could not be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of unsaved work is not known to this version.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::QueryDetailPane</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a query to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requesting State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adviser:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNCAT articles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3 priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (set by hand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — clock stopped since %1 (awaiting the requester)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Overdue by %n day.</numerusform>
            <numerusform>Overdue by %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Art. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Art. %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>related</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this follows it up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follows this up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Referrals (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 open, %2 in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Drafts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attachments (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Found in attachment %1</source>
        <translation>
            <numerusform>Found in attachment %1</numerusform>
            <numerusform>Found in attachments %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach File to This Entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No related query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::QueryFilterBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove every filter (the view and the search stay)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (former)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only queries with an open referral to a partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only queries referred to this partner (type to find one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred to: anyone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::QueryFormDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Ministry of Justice, Department of Human Rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Function:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the State asks about, in one line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full text of the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— not assigned —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— not decided —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Art. %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the query as it is saved now; your changes in this form are discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the other change with what this form shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no subject yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New query: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored from %1: not saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n working day(s) from receipt (%1 priority)</source>
        <translation>
            <numerusform>%n working day from receipt (%1 priority)</numerusform>
            <numerusform>%n working days from receipt (%1 priority)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n field need attention; nothing was saved.</numerusform>
            <numerusform>%n fields need attention; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>the edit of a query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new query being registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request in brief, for case summaries and briefings (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name or ISO code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::QueryNavigation</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %Ln query(ies)</source>
        <translation>
            <numerusform>%1, %Ln query</numerusform>
            <numerusform>%1, %Ln queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search subject, request, institution, contacts, notes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every word must match; accents are ignored; "quotes" keep a phrase; a trailing * matches the start of a word (overcrowd*).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln query(ies)</source>
        <translation>
            <numerusform>%Ln query</numerusform>
            <numerusform>%Ln queries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the list shown; its details are on the right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the saved search “%1”? The queries it lists are not affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the selected query's details beside the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Query…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No queries yet.
Register the first query received from a State.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No query matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No query in this view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Details Pane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::QueryTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: the response was due on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due this week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Matched:&lt;/i&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::QueryTransfer</name>
    <message>
        <source>Check CSV File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing the queries of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: every row can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) of %1 can be imported. Nothing was imported.</source>
        <translation>
            <numerusform>All %Ln row of %1 can be imported. Nothing was imported.</numerusform>
            <numerusform>All %Ln rows of %1 can be imported. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln query(ies) from %1.</source>
        <translation>
            <numerusform>Imported %Ln query from %1.</numerusform>
            <numerusform>Imported %Ln queries from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(ies) imported from %1. Each has an “imported” entry in its timeline.</source>
        <translation>
            <numerusform>%Ln query imported from %1. Each has an “imported” entry in its timeline.</numerusform>
            <numerusform>%Ln queries imported from %1. Each has an “imported” entry in its timeline.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files with each query's timeline (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %Ln query(ies).</source>
        <translation>
            <numerusform>Exported %Ln query.</numerusform>
            <numerusform>Exported %Ln queries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(ies) written to %1. The file is not encrypted: keep it safe and delete it when it is no longer needed. The export is recorded in each query's timeline.</source>
        <translation>
            <numerusform>%Ln query written to %1. The file is not encrypted: keep it safe and delete it when it is no longer needed. The export is recorded in each query's timeline.</numerusform>
            <numerusform>%Ln queries written to %1. The file is not encrypted: keep it safe and delete it when it is no longer needed. The export is recorded in each query's timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ReferDialog</name>
    <message>
        <source>Refer %1 to a Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Referral of %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Suggested for this query (expertise, region, language):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name or acronym of any active partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or &amp;find another partner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this partner is better placed to help (kept in the timeline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact at the partner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Proposed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields to &amp;share *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Propose Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ★</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already referred — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No partner matches this query's themes, region or language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— none named —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refer to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No partner chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Covered by the consent of %1 (%2, given by %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recorded consent of the State covers this partner and every field chosen: record one before the referral is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the partner to refer the query to.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ReferralActions</name>
    <message>
        <source>Re&amp;fer to Partner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propose a referral of the query to a partner, from the suggestions or any active partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;Consent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the State's consent to share parts of the query with partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw Consent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record that the State withdrew the selected consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral S&amp;tatus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Re&amp;ferral…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the contact, reason, shared fields or follow-up of a referral not yet sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-&amp;up Date…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1: referral forms are not kept at a lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a referral to a partner being written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a consent being recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a referral's status change being written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the withdrawal of a consent being written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral proposed. Nothing is shared until it is marked sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent withdrawn: it no longer covers any referral.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Record the consent the State gave now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The referral to %1 is sent. Move %2 to “%3” as well?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up of the Referral to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ReferralStatusDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The referral of %1 to %2 goes from “%3” to “%4”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: why (kept in the timeline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: what the partner said or did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No consent of the State covers this referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing may reach %1 without the State's consent: no recorded consent names this partner and every field the referral shares (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an adviser with role Head may send it without consent, with a written justification. The override is recorded with your name and marked as such wherever this referral appears.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the referral cannot wait for the State's consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Justification (at least %1 characters):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark Sent &amp;Without Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an adviser with role Head may send a referral without the State's consent. Record the consent the State gave, then mark the referral sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record Consent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ReferralsPanel</name>
    <message>
        <source>Referrals to partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not referred to any partner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consents of the State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERRIDE (no consent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERRIDE by %1 (no consent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No consent yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent without the State's consent on a head's recorded justification: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>Follow-up overdue by %n day</numerusform>
            <numerusform>Follow-up overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact at the partner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override justification: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 because: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ResourceDialog</name>
    <message>
        <source>CTI tool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Library Entry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Library Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the tool or reference is, and when to cite it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text inserted into a draft when this entry is cited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Active: offered in the draft editor's library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Citation *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add to Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the edit of a library entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new library entry being added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A library entry needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A library entry needs the citation inserted into drafts.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The citation is longer than %n characters.</source>
        <translation>
            <numerusform>The citation is longer than %n characters.</numerusform>
            <numerusform>The citation is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>The description is longer than %n characters.</numerusform>
            <numerusform>The description is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link must be a web address starting with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n field need attention; nothing was saved.</numerusform>
            <numerusform>%n fields need attention; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard what you typed in this library entry?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::RestoreDialog</name>
    <message>
        <source>Restore Vault from Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup is checked, then copied into a new vault file; the backup itself is not changed. The restored vault opens with the backup's passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup's &amp;passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New vault file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Vault File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file already exists at the new vault's location; a restore never replaces a file. Choose a new name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::SaveSearchDialog</name>
    <message>
        <source>Save Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Urgent queries from Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The view, the filters and the search text are kept in the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::SelectableLabelMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::SessionWorkspace</name>
    <message>
        <source>Nobody is recorded as working in this session: choose who you are before making changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose Adviser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advisers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of unsaved work is not known to this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was written to %1 and verified: it opens and its integrity check is ok.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase was changed. Use the new passphrase from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check Integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is sound: every page decrypts and every reference is intact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault is damaged: %1. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compact Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another operation is running; compact the vault once it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault (%1) has no unused space to give back: compacting would not make it smaller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compacting gives back about %1 of the vault's %2 to the disk (space left by removed attachments and other deletions, already overwritten with zeros).

It rewrites the whole vault and then verifies it; this can take a while for a large vault, and needs free disk space and memory of about the vault's size. Compact now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compacting the vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault was not compacted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault compacted: %1 → %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault was compacted from %1 to %2 and verified: it opens and its integrity check is ok.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock the vault after a period of inactivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up the vault when it locks and when Advice Hub quits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups are encrypted and open with the vault's passphrase of the time they were made. Their names hold the date and time only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up a sent referral &amp;without reply after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest &amp;file accepted:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files are kept encrypted inside the vault, which grows by their size. The limit applies at once to the open vault and to the vaults opened later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remember the last vaults opened (their file locations only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takes effect the next time Advice Hub starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder named Backups beside the vault</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by command, menu or key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::StatusChangeDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 goes from “%2” to “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason (required, kept in the timeline):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the timeline):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No draft of the answer was marked sent in Advice Hub. &amp;Reason (required, kept in the timeline): the answer was given outside Advice Hub: how, when and by whom.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::StrengthMeter</name>
    <message>
        <source>Strength: %1 (about %2 bits). %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::TemplateDialog</name>
    <message>
        <source>Edit Template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Active: offered for new drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear {contact_name}, …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert &amp;Placeholder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre&amp;view with a Sample Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only simple formatting is kept (bold, italic, underline, headings, lists, links); anything else is removed when the template is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulleted List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbered List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the edit of a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new template being added</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Choose one from the list.</source>
        <translation>
            <numerusform>Unknown placeholder: %1. Choose one from the list.</numerusform>
            <numerusform>Unknown placeholders: %1. Choose one from the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known, left as typed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty for the sample query, marked in the text: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every placeholder was filled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed when saved: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard what you typed in this template?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::TimelineEntryDialog</name>
    <message>
        <source>Add to Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In one line: who, what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mails are only recorded here; Advice Hub never sends anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct a Timeline Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It says:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry stays as it is; the correction is added after it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction of a timeline entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline entry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a correction of a timeline entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a timeline entry (%1) being written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::TriageDialog</name>
    <message>
        <source>Triage %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · received %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this priority or route (optional; kept in the timeline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no active adviser to assign. Add one in Vault ▸ Advisers.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n working day(s) from receipt (%1 priority)</source>
        <translation>
            <numerusform>%n working day from receipt (%1 priority)</numerusform>
            <numerusform>%n working days from receipt (%1 priority)</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner to propose a referral to (type to find one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part&amp;ner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— none yet —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no active partner in the directory: the route alone is recorded. Add partners in the Partners page, then propose a referral in the Referrals tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referral to this partner is proposed with the triage (sharing the subject and themes); ask for consent in the Referrals tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No referral is proposed yet: propose one in the Referrals tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No partner is called “%1”: choose one from the list, or none.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::UnlockWidget</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open another vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the vault's passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About the last lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you are certain the passphrase is right, the start of the file may be damaged: restore the vault from a backup (Vault ▸ Restore from Backup…).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::UserGuideWindow</name>
    <message>
        <source>Advice Hub User Guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::VaultOverviewWidget</name>
    <message>
        <source>Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLCipher %1 (AES-256, HMAC-SHA1 page authentication, %2-byte pages); key from Argon2id (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>States:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (of which %2 Core States)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNCAT articles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::VersionHistoryDialog</name>
    <message>
        <source>Version History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two versions (Ctrl+click) and compare them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title of the new draft (default: the same title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy into &amp;New Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new draft with the text of the selected version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select exactly two versions to compare them (Ctrl+click).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wi&amp;th version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the two versions in two panes instead of one text with the changes marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inserted words are green, underlined and marked [+ … +]; deleted words are red, struck through and marked [− … −].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formatting changes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>V&amp;ersion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version History: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — self-cleared (single adviser)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared by its own author: the vault has a single adviser; the justification is in the comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions %1 and %2 are identical.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Version %1 → %2: %n word(s) inserted</source>
        <translation>
            <numerusform>Version %1 → %2: %n word inserted</numerusform>
            <numerusform>Version %1 → %2: %n words inserted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n word(s) deleted</source>
        <translation>
            <numerusform>, %n word deleted</numerusform>
            <numerusform>, %n words deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>; the formatting changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The formatting changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No formatting changes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Version %1, saved %2 by %3 — %n word(s) (read-only)</source>
        <translation>
            <numerusform>Version %1, saved %2 by %3 — %n word (read-only)</numerusform>
            <numerusform>Version %1, saved %2 by %3 — %n words (read-only)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 was copied into the new draft “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Advice Hub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub keeps the Secretariat's confidential queries, referrals and responses in one encrypted file on this computer: the vault. Nothing leaves it unless you print or export it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to keep it and a passphrase. Start here for real work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A vault file made on this computer or restored from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explore the demo vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fictional data only. Its passphrase is “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recent vaults:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 (not found)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>advicehub::ui::WithdrawConsentDialog</name>
    <message>
        <source>Withdraw Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consent of %1 given by %2 for %3 is withdrawn: it stays on record but covers nothing from then on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How and why the State withdrew it (kept in the timeline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw Consent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Advice Hub: confidential case management for the Secretariat of the Convention against Torture Initiative, kept in one encrypted vault file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A vault file (.ahv) to open in the unlock screen. If Advice Hub is already running in this desktop session, the vault opens in its window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Displays the version of Advice Hub and of SQLCipher, libsodium and Qt, and exits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice Hub opens one vault at a time.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>