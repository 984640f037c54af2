<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AdviserService</name>
    <message>
        <source>Adviser</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Head of Secretariat</source>
        <translation>Jefe/a de la Secretaría</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>No such adviser.</source>
        <translation>No existe ese asesor.</translation>
    </message>
    <message>
        <source>There is no adviser called “%1”.</source>
        <translation>No hay ningún asesor llamado «%1».</translation>
    </message>
    <message>
        <source>An adviser needs a name.</source>
        <translation>Un asesor debe tener un nombre.</translation>
    </message>
    <message>
        <source>The name is too long (at most 120 characters).</source>
        <translation>El nombre es demasiado largo (120 caracteres como máximo).</translation>
    </message>
    <message>
        <source>There is already an adviser called “%1”.</source>
        <translation>Ya existe un asesor llamado «%1».</translation>
    </message>
    <message>
        <source>This adviser is no longer active.</source>
        <translation>Este asesor ya no está activo.</translation>
    </message>
</context>
<context>
    <name>CaseSummaryBuilder</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionada en</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
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
        <translation>Referencia (%1)</translation>
    </message>
    <message>
        <source>Status (%1)</source>
        <translation>Situación (%1)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Dear colleagues of the CTI Secretariat,</source>
        <translation>Estimados colegas de la Secretaría de la CTI:</translation>
    </message>
    <message>
        <source>With our thanks and best regards.</source>
        <translation>Con nuestro agradecimiento y un cordial saludo.</translation>
    </message>
    <message>
        <source>Permanent Mission (fictional)</source>
        <translation>Misión Permanente (ficticia)</translation>
    </message>
    <message>
        <source>First Secretary</source>
        <translation>Primer Secretario</translation>
    </message>
    <message>
        <source>The partner runs training on safeguards in the first hours of police custody.</source>
        <translation>El socio imparte formación sobre las salvaguardias en las primeras horas de la detención policial.</translation>
    </message>
    <message>
        <source>The partner will send two trainers for a three-day workshop.</source>
        <translation>El socio enviará a dos formadores para un taller de tres días.</translation>
    </message>
    <message>
        <source>Workshop held; the Ministry received the training materials.</source>
        <translation>Taller celebrado; el Ministerio recibió los materiales de formación.</translation>
    </message>
    <message>
        <source>Comparative experience of national preventive mechanisms in the region.</source>
        <translation>Experiencia comparada de los mecanismos nacionales de prevención de la región.</translation>
    </message>
    <message>
        <source>Legislative drafting support for the definition of torture.</source>
        <translation>Apoyo a la redacción legislativa para la definición de la tortura.</translation>
    </message>
    <message>
        <source>Excellency,</source>
        <translation>Excelencia:</translation>
    </message>
    <message>
        <source>The Secretariat of the Convention against Torture Initiative avails itself of this opportunity to renew the assurances of its highest consideration.</source>
        <translation>La Secretaría de la Iniciativa sobre la Convención contra la Tortura aprovecha esta oportunidad para reiterar las seguridades de su más alta consideración.</translation>
    </message>
    <message>
        <source>Answer on the steps towards ratification</source>
        <translation>Respuesta sobre los pasos hacia la ratificación</translation>
    </message>
    <message>
        <source>Thank you for your letter on the steps towards ratification of the Convention. The Secretariat has prepared an overview of the process.</source>
        <translation>Le agradecemos su carta relativa a los pasos hacia la ratificación de la Convención. La Secretaría ha preparado una visión general del proceso.</translation>
    </message>
    <message>
        <source>Please cite the CTI ratification tool and the model legislation.</source>
        <translation>Sírvase citar la herramienta de ratificación de la CTI y la legislación modelo.</translation>
    </message>
    <message>
        <source>Thank you for your letter on the steps towards ratification of the Convention. The Secretariat has prepared an overview of the process, drawing on the CTI's ratification tool and on the model legislation it recommends.</source>
        <translation>Le agradecemos su carta relativa a los pasos hacia la ratificación de la Convención. La Secretaría ha preparado una visión general del proceso, basada en la herramienta de ratificación de la CTI y en la legislación modelo que esta recomienda.</translation>
    </message>
    <message>
        <source>The Secretariat stands ready to organise a technical exchange with officials of a State that completed the process recently.</source>
        <translation>La Secretaría está dispuesta a organizar un intercambio técnico con funcionarios de un Estado que haya concluido el proceso recientemente.</translation>
    </message>
    <message>
        <source>Citations added as requested.</source>
        <translation>Citas añadidas según lo solicitado.</translation>
    </message>
    <message>
        <source>Good to go.</source>
        <translation>Listo para enviar.</translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation>Respuesta provisional</translation>
    </message>
    <message>
        <source>The Secretariat acknowledges receipt of your request and will reply in substance within three weeks.</source>
        <translation>La Secretaría acusa recibo de su solicitud y le responderá sobre el fondo en un plazo de tres semanas.</translation>
    </message>
    <message>
        <source>Ready for clearance.</source>
        <translation>Listo para aprobación.</translation>
    </message>
    <message>
        <source>Outline: national preventive mechanism, designation options.</source>
        <translation>Esquema: mecanismo nacional de prevención, opciones de designación.</translation>
    </message>
    <message>
        <source>The Secretariat outlines the options for designating a national preventive mechanism: a new body or an existing ombudsperson institution.</source>
        <translation>La Secretaría expone las opciones para designar un mecanismo nacional de prevención: un nuevo órgano o una institución de defensoría del pueblo existente.</translation>
    </message>
    <message>
        <source>The Secretariat outlines the options for designating a national preventive mechanism: a new body, or the existing ombudsperson institution with a dedicated unit and its own budget.</source>
        <translation>La Secretaría expone las opciones para designar un mecanismo nacional de prevención: un nuevo órgano, o la institución de defensoría del pueblo existente con una unidad específica y presupuesto propio.</translation>
    </message>
    <message>
        <source>Answer on the national preventive mechanism</source>
        <translation>Respuesta sobre el mecanismo nacional de prevención</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt sent</source>
        <translation>Acuse de recibo enviado</translation>
    </message>
    <message>
        <source>The requester was told that the Secretariat would reply by %1.</source>
        <translation>Se informó al solicitante de que la Secretaría respondería a más tardar el %1.</translation>
    </message>
    <message>
        <source>Additional documents received</source>
        <translation>Documentos adicionales recibidos</translation>
    </message>
    <message>
        <source>The requester sent the texts referred to in the request.</source>
        <translation>El solicitante envió los textos mencionados en la consulta.</translation>
    </message>
    <message>
        <source>The request is outside the Initiative's mandate; the requester was referred to the competent United Nations office.</source>
        <translation>La consulta está fuera del mandato de la Iniciativa; se remitió al solicitante a la oficina competente de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>Reply sent: outside the Initiative's mandate</source>
        <translation>Respuesta enviada: fuera del mandato de la Iniciativa</translation>
    </message>
    <message>
        <source>The reply explained the Initiative's mandate and named the competent office.</source>
        <translation>La respuesta explicó el mandato de la Iniciativa e indicó la oficina competente.</translation>
    </message>
    <message>
        <source>Questions sent to the focal point</source>
        <translation>Preguntas enviadas al punto focal</translation>
    </message>
    <message>
        <source>The Secretariat asked for the current text of the law before answering.</source>
        <translation>La Secretaría pidió el texto vigente de la ley antes de responder.</translation>
    </message>
    <message>
        <source>Answer sent</source>
        <translation>Respuesta enviada</translation>
    </message>
    <message>
        <source>The signed answer was sent by e-mail to the focal point, with the tools it cites.</source>
        <translation>La respuesta firmada se envió por correo electrónico al punto focal, con las herramientas que cita.</translation>
    </message>
    <message>
        <source>Answer sent by e-mail as a signed letter prepared outside Advice Hub.</source>
        <translation>Respuesta enviada por correo electrónico como carta firmada preparada fuera de Advice Hub.</translation>
    </message>
    <message>
        <source>Follow-up question received</source>
        <translation>Pregunta de seguimiento recibida</translation>
    </message>
    <message>
        <source>The requester asked how the advice applies to a new draft.</source>
        <translation>El solicitante preguntó cómo se aplica el asesoramiento a un nuevo proyecto de texto.</translation>
    </message>
    <message>
        <source>The requester asked a follow-up question on the same matter.</source>
        <translation>El solicitante hizo una pregunta de seguimiento sobre el mismo asunto.</translation>
    </message>
    <message>
        <source>The Secretariat can answer from its own tools and earlier answers.</source>
        <translation>La Secretaría puede responder con sus propias herramientas y respuestas anteriores.</translation>
    </message>
    <message>
        <source>A partner is better placed for the practical support asked for.</source>
        <translation>Un socio está mejor situado para el apoyo práctico solicitado.</translation>
    </message>
    <message>
        <source>Legal advice from the Secretariat; practical support from a partner.</source>
        <translation>Asesoramiento jurídico de la Secretaría; apoyo práctico de un socio.</translation>
    </message>
    <message>
        <source>Outside the Initiative's mandate.</source>
        <translation>Fuera del mandato de la Iniciativa.</translation>
    </message>
    <message>
        <source>The partner has practical experience of this question and can provide an expert.</source>
        <translation>El socio tiene experiencia práctica en esta cuestión y puede aportar un experto.</translation>
    </message>
    <message>
        <source>The partner agreed to provide an expert.</source>
        <translation>El socio aceptó aportar un experto.</translation>
    </message>
    <message>
        <source>The partner's expert gave the advice; the requester thanked the Secretariat and the partner.</source>
        <translation>El experto del socio dio el asesoramiento; el solicitante agradeció a la Secretaría y al socio.</translation>
    </message>
</context>
<context>
    <name>DisclosureProfile</name>
    <message>
        <source>[name withheld]</source>
        <translation>[nombre no divulgado]</translation>
    </message>
    <message>
        <source>a State</source>
        <translation>un Estado</translation>
    </message>
    <message>
        <source>a State in the %1 region</source>
        <translation>un Estado de la región %1</translation>
    </message>
    <message>
        <source>Confidential query %1</source>
        <translation>Consulta confidencial %1</translation>
    </message>
</context>
<context>
    <name>DisclosureRecord</name>
    <message>
        <source>Say what was disclosed.</source>
        <translation>Indique lo que se ha comunicado.</translation>
    </message>
    <message>
        <source>Copies are numbered from 1.</source>
        <translation>Los ejemplares se numeran a partir de 1.</translation>
    </message>
</context>
<context>
    <name>DraftText</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation>Respuesta provisional</translation>
    </message>
    <message>
        <source>Substantive response</source>
        <translation>Respuesta sustantiva</translation>
    </message>
    <message>
        <source>Referral notice</source>
        <translation>Aviso de remisión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation>Enviado para aprobación</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Marked sent</source>
        <translation>Marcado como enviado</translation>
    </message>
    <message>
        <source>Reopened by a new version</source>
        <translation>Reabierto por una nueva versión</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The passphrase is not correct for this vault.</source>
        <translation>La frase de contraseña no es correcta para esta bóveda.</translation>
    </message>
    <message>
        <source>This file is not an Advice Hub vault.</source>
        <translation>Este archivo no es una bóveda de Advice Hub.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be read. Restore it from a backup.</source>
        <translation>La bóveda está dañada y no se puede leer. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Advice Hub. Update Advice Hub to open it; this version will not change it.</source>
        <translation>Esta bóveda fue creada con una versión más reciente de Advice Hub. Actualice Advice Hub para abrirla; esta versión no la modificará.</translation>
    </message>
    <message>
        <source>This vault is already open in another Advice Hub window or program. Close it there first.</source>
        <translation>Esta bóveda ya está abierta en otra ventana de Advice Hub o en otro programa. Ciérrela allí primero.</translation>
    </message>
    <message>
        <source>A file already exists at this location; it was not changed.</source>
        <translation>Ya existe un archivo en esta ubicación; no se ha modificado.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>The system does not allow Advice Hub to read or write this file.</source>
        <translation>El sistema no permite que Advice Hub lea o escriba este archivo.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>El disco está lleno. No se ha modificado nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>No se ha podido leer o escribir el archivo.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Los datos introducidos no son válidos.</translation>
    </message>
    <message>
        <source>This is not allowed in the current state.</source>
        <translation>Esta operación no está permitida en el estado actual.</translation>
    </message>
    <message>
        <source>The record was changed elsewhere; reload it and try again.</source>
        <translation>El registro se ha modificado en otro lugar; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>An internal error occurred. Nothing was changed.</source>
        <translation>Se ha producido un error interno. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Error desconocido.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key (%1 MiB are needed).</source>
        <translation>No hay memoria suficiente para remitir la clave de la bóveda (se necesitan %1 MiB).</translation>
    </message>
    <message>
        <source>Out of memory. Nothing was changed.</source>
        <translation>Memoria insuficiente. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>This encrypted database is not an Advice Hub vault.</source>
        <translation>Esta base de datos cifrada no es una bóveda de Advice Hub.</translation>
    </message>
    <message>
        <source>The vault file is incomplete (truncated). Restore it from a backup.</source>
        <translation>El archivo de la bóveda está incompleto (truncado). Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual a la actual.</translation>
    </message>
    <message>
        <source>The disk is full: changing the passphrase needs about %1 MB of free space next to the vault. Nothing was changed; the vault still opens with the current passphrase.</source>
        <translation>El disco está lleno: cambiar la frase de contraseña requiere unos %1 MB de espacio libre junto a la bóveda. No se ha modificado nada; la bóveda se sigue abriendo con la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed. The vault still opens with the current passphrase.</source>
        <translation>No se ha podido cambiar la frase de contraseña. La bóveda se sigue abriendo con la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (%1) The vault still opens with the current passphrase.</source>
        <translation>No se ha podido cambiar la frase de contraseña (%1) La bóveda se sigue abriendo con la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>La fila %1 de la tabla %2 hace referencia a una fila inexistente de la tabla %3.</translation>
    </message>
    <message>
        <source>A page of the vault failed authentication or is corrupt (SQLite error %1).</source>
        <translation>Una página de la bóveda no ha superado la autenticación o está dañada (error de SQLite %1).</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be written. Nothing was left behind and the vault is unchanged; free some space and try again.</source>
        <translation>El disco está lleno: no se ha podido escribir la copia de seguridad. No ha quedado nada en el disco y la bóveda no ha cambiado; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The vault's passphrase is not correct.</source>
        <translation>La frase de contraseña de la bóveda no es correcta.</translation>
    </message>
    <message>
        <source>The vault is busy; try the backup again.</source>
        <translation>La bóveda está ocupada; vuelva a intentar la copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder for the backup does not exist.</source>
        <translation>La carpeta de la copia de seguridad no existe.</translation>
    </message>
    <message>
        <source>A folder already exists at this location.</source>
        <translation>Ya existe una carpeta en esta ubicación.</translation>
    </message>
    <message>
        <source>A backup cannot replace the vault it is made from.</source>
        <translation>Una copia de seguridad no puede reemplazar la bóveda de la que se hace.</translation>
    </message>
    <message>
        <source>The backup could not be verified after writing it, so it was deleted.</source>
        <translation>No se ha podido verificar la copia de seguridad después de escribirla, por lo que se ha eliminado.</translation>
    </message>
    <message>
        <source>A file already exists where the restored vault should go; a restore never replaces a file. Choose a new name.</source>
        <translation>Ya existe un archivo donde debe ir la bóveda restaurada; una restauración nunca reemplaza un archivo. Elija un nombre nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The backup is damaged (%n problem(s)); nothing was restored.</source>
        <translation>
            <numerusform>La copia de seguridad está dañada (%n problema); no se ha restaurado nada.</numerusform>
            <numerusform>La copia de seguridad está dañada (%n problemas); no se ha restaurado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder for automatic backups does not exist.</source>
        <translation>La carpeta de las copias de seguridad automáticas no existe.</translation>
    </message>
    <message>
        <source>The file or its folder does not exist.</source>
        <translation>El archivo o su carpeta no existe.</translation>
    </message>
    <message>
        <source>This is a folder, not an Advice Hub vault.</source>
        <translation>Esto es una carpeta, no una bóveda de Advice Hub.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Esto no es un archivo normal.</translation>
    </message>
    <message>
        <source>The vault file is read-only. Advice Hub needs to be able to write it.</source>
        <translation>El archivo de la bóveda es de solo lectura. Advice Hub necesita poder escribir en él.</translation>
    </message>
    <message>
        <source>The file is empty; it is not an Advice Hub vault.</source>
        <translation>El archivo está vacío; no es una bóveda de Advice Hub.</translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite database, not an Advice Hub vault.</source>
        <translation>Esto es una base de datos SQLite sin cifrar, no una bóveda de Advice Hub.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s) (%1)</source>
        <translation>
            <numerusform>en %n página (%1)</numerusform>
            <numerusform>en %n páginas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault was made with the key derivation meant for automated tests only (%1 MiB, %2 pass): its passphrase can be tried far faster than on a real vault. Do not keep real cases in it; create a new vault and import them there.</source>
        <translation>Esta bóveda se creó con la remisión de clave reservada a las pruebas automatizadas (%1 MiB, %2 pasada): su frase de contraseña puede probarse mucho más rápido que en una bóveda real. No guarde casos reales en ella; cree una bóveda nueva e impórtelos allí.</translation>
    </message>
    <message>
        <source>The vault is busy; try compacting it again.</source>
        <translation>La bóveda está ocupada; intente compactarla de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full: compacting the vault needs about %1 MB of free space next to it. Nothing was changed.</source>
        <translation>El disco está lleno: compactar la bóveda requiere unos %1 MB de espacio libre junto a ella. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Compacting this vault needs about %1 MB of free memory (the compacted copy is built in memory, never in an unencrypted temporary file), and %2 MB are available. Close other programs and try again, or make a backup: a backup is compacted, and restoring it reclaims the space. Nothing was changed.</source>
        <translation>Compactar esta bóveda requiere unos %1 MB de memoria libre (la copia compactada se construye en memoria, nunca en un archivo temporal sin cifrar), y hay %2 MB disponibles. Cierre otros programas e inténtelo de nuevo, o haga una copia de seguridad: una copia de seguridad se compacta, y restaurarla recupera el espacio. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>The vault was compacted, but the check afterwards found problems. Run Check Integrity and restore the latest backup if it reports damage.</source>
        <translation>La bóveda se ha compactado, pero la comprobación posterior ha encontrado problemas. Ejecute Comprobar la integridad y restaure la última copia de seguridad si informa de daños.</translation>
    </message>
    <message>
        <source>A file is in the way of the backups folder %1.</source>
        <translation>Un archivo ocupa el lugar de la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>The backups folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad %1.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>The date is not valid.</source>
        <translation>La fecha no es válida.</translation>
    </message>
    <message>
        <source>The name is too long (at most 120 characters).</source>
        <translation>El nombre es demasiado largo (120 caracteres como máximo).</translation>
    </message>
    <message>
        <source>%1 is already an office holiday (“%2”).</source>
        <translation>El %1 ya es un día festivo de la oficina («%2»).</translation>
    </message>
    <message>
        <source>%1 is not an office holiday.</source>
        <translation>El %1 no es un día festivo de la oficina.</translation>
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
        <translation>atributos de controladores de eventos</translation>
    </message>
    <message>
        <source>links to addresses other than http, https and mailto (their text is kept)</source>
        <translation>enlaces a direcciones distintas de http, https y mailto (se conserva su texto)</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>embedded frames, objects and media</source>
        <translation>marcos, objetos y contenido multimedia incrustados</translation>
    </message>
    <message>
        <source>forms and form controls</source>
        <translation>formularios y controles de formulario</translation>
    </message>
    <message>
        <source>SVG and MathML graphics</source>
        <translation>gráficos SVG y MathML</translation>
    </message>
    <message>
        <source>style sheets</source>
        <translation>hojas de estilo</translation>
    </message>
    <message>
        <source>references to external resources</source>
        <translation>referencias a recursos externos</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>unsupported inline styles</source>
        <translation>estilos en línea no admitidos</translation>
    </message>
    <message>
        <source>unsupported attributes (class, id…)</source>
        <translation>atributos no admitidos (class, id…)</translation>
    </message>
    <message>
        <source>unsupported elements (their text is kept)</source>
        <translation>elementos no admitidos (se conserva su texto)</translation>
    </message>
    <message>
        <source>structure nested too deeply (its text is kept)</source>
        <translation>estructura anidada a demasiada profundidad (se conserva su texto)</translation>
    </message>
    <message>
        <source>The HTML parser could not be started.</source>
        <translation>No se pudo iniciar el analizador HTML.</translation>
    </message>
    <message>
        <source>The text is nested too deeply to be read (more than 256 levels of elements). Nothing was kept; paste it as plain text instead.</source>
        <translation>El texto está anidado a demasiada profundidad para poder leerse (más de 256 niveles de elementos). No se ha conservado nada; péguelo como texto sin formato.</translation>
    </message>
    <message>
        <source>The text could not be read completely as HTML. Nothing was kept; paste it as plain text instead.</source>
        <translation>No se pudo leer el texto completo como HTML. No se ha conservado nada; péguelo como texto sin formato.</translation>
    </message>
    <message>
        <source>The text is too large to keep in a draft (%1 MB; at most %2 MB). Nothing was kept.</source>
        <translation>El texto es demasiado grande para conservarlo en un borrador (%1 MB; %2 MB como máximo). No se ha conservado nada.</translation>
    </message>
</context>
<context>
    <name>KeptWork</name>
    <message>
        <source>Discard this unsaved work? It was kept when the vault locked; once discarded it cannot be recovered.</source>
        <translation>¿Descartar este trabajo no guardado? Se conservó al bloquearse la bóveda; una vez descartado no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>LinkKinds</name>
    <message>
        <source>related to</source>
        <translation>relacionada con</translation>
    </message>
    <message>
        <source>follow-up of</source>
        <translation>seguimiento de</translation>
    </message>
    <message>
        <source>followed up by</source>
        <translation>seguida por</translation>
    </message>
</context>
<context>
    <name>OfficeTextExtractor</name>
    <message>
        <source>The document is damaged or not of its type: a part it needs is missing.</source>
        <translation>El documento está dañado o no es del tipo que indica: falta una parte necesaria.</translation>
    </message>
    <message>
        <source>The document's text would be larger than %1 MiB uncompressed; it was not read (a "zip bomb"?).</source>
        <translation>El texto del documento superaría los %1 MiB sin comprimir; no se ha leído (¿una «bomba zip»?).</translation>
    </message>
    <message>
        <source>The document holds more than %1 parts; it was not read.</source>
        <translation>El documento contiene más de %1 partes; no se ha leído.</translation>
    </message>
    <message>
        <source>The document is protected by a password.</source>
        <translation>El documento está protegido con contraseña.</translation>
    </message>
    <message>
        <source>The document is not valid: it declares a document type (DTD).</source>
        <translation>El documento no es válido: declara un tipo de documento (DTD).</translation>
    </message>
    <message>
        <source>The archive is not a word-processing document.</source>
        <translation>El archivo comprimido no es un documento de procesador de textos.</translation>
    </message>
    <message>
        <source>The document is damaged and its text could not be read.</source>
        <translation>El documento está dañado y no se ha podido leer su texto.</translation>
    </message>
    <message numerus="yes">
        <source>Only the beginning of the text (%n characters) can be searched.</source>
        <translation>
            <numerusform>Solo se puede buscar en el comienzo del texto (%n carácter).</numerusform>
            <numerusform>Solo se puede buscar en el comienzo del texto (%n caracteres).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerFieldText</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Strategic partner</source>
        <translation>Socio estratégico</translation>
    </message>
    <message>
        <source>Areas of expertise</source>
        <translation>Áreas de especialización</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
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
        <translation>Órgano de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>Órgano creado en virtud de tratados</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Procedimiento especial</translation>
    </message>
    <message>
        <source>UN fund</source>
        <translation>Fondo de las Naciones Unidas</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Organismo de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Regional body</source>
        <translation>Organismo regional</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institución nacional de derechos humanos</translation>
    </message>
    <message>
        <source>Academic centre</source>
        <translation>Centro académico</translation>
    </message>
    <message>
        <source>Independent expert</source>
        <translation>Experto independiente</translation>
    </message>
    <message>
        <source>State (Group of Friends)</source>
        <translation>Estado (Grupo de Amigos)</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Elija una frase de contraseña: varias palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>Keep it safe: without it the vault cannot be opened, by anyone.</source>
        <translation>Guárdela en un lugar seguro: sin ella, nadie puede abrir la bóveda.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add more unrelated words; avoid names, dates and common phrases.</source>
        <translation>Demasiado fácil de adivinar. Añada más palabras sin relación entre sí; evite nombres, fechas y expresiones comunes.</translation>
    </message>
</context>
<context>
    <name>PendingEditService</name>
    <message>
        <source>This unsaved work was already restored or discarded.</source>
        <translation>Este trabajo sin guardar ya se ha restaurado o descartado.</translation>
    </message>
</context>
<context>
    <name>PlainTextExtractor</name>
    <message>
        <source>The file holds binary data (NUL bytes), not text.</source>
        <translation>El archivo contiene datos binarios (bytes NUL), no texto.</translation>
    </message>
    <message>
        <source>The file is marked as UTF-8 text but is not valid UTF-8.</source>
        <translation>El archivo está marcado como texto UTF-8, pero no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>The file is marked as UTF-16 or UTF-32 text but is damaged.</source>
        <translation>El archivo está marcado como texto UTF-16 o UTF-32, pero está dañado.</translation>
    </message>
    <message numerus="yes">
        <source>Only the beginning of the text (%n characters) can be searched.</source>
        <translation>
            <numerusform>Solo se puede buscar en el comienzo del texto (%n carácter).</numerusform>
            <numerusform>Solo se puede buscar en el comienzo del texto (%n caracteres).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>STRICTLY CONFIDENTIAL</source>
        <translation>ESTRICTAMENTE CONFIDENCIAL</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Request in brief</source>
        <translation>Resumen de la solicitud</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Medidas adoptadas</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Fecha de envío: %1.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Sent without consent on a head's recorded justification</source>
        <translation>Enviada sin consentimiento, con la justificación registrada de un Jefe</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Ningún consentimiento registrado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None: the query is %1.</source>
        <translation>Ninguno: la consulta está %1.</translation>
    </message>
    <message>
        <source>Answer due %1 (overdue).</source>
        <translation>Fecha límite de la respuesta: %1 (vencida).</translation>
    </message>
    <message>
        <source>Answer due %1.</source>
        <translation>Fecha límite de la respuesta: %1.</translation>
    </message>
    <message>
        <source>Awaiting the requester since %1.</source>
        <translation>En espera del solicitante desde %1.</translation>
    </message>
    <message>
        <source>Follow up the referral to %1 by %2.</source>
        <translation>Hacer el seguimiento de la remisión a %1 (fecha límite: %2).</translation>
    </message>
    <message>
        <source>Referral to %1: %2.</source>
        <translation>Remisión a %1: %2.</translation>
    </message>
    <message>
        <source>Advice Hub — %1</source>
        <translation>Advice Hub — %1</translation>
    </message>
    <message>
        <source>A partner gets a partner extract of a referral, not a case summary.</source>
        <translation>Un socio recibe el extracto para el socio de una remisión, no un resumen del caso.</translation>
    </message>
    <message>
        <source>Choose at least one query for the briefing pack.</source>
        <translation>Elija al menos una consulta para el dossier informativo.</translation>
    </message>
    <message>
        <source>A briefing pack is printed for the Secretariat or for a Core State briefing.</source>
        <translation>Un dossier informativo se imprime para la Secretaría o para la información a los Estados del grupo central.</translation>
    </message>
    <message>
        <source>Print from 1 to %1 copies.</source>
        <translation>Imprima de 1 a %1 ejemplares.</translation>
    </message>
    <message>
        <source>"Prepared for" is one line of at most %1 characters.</source>
        <translation>«Preparado para» es una sola línea de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The watermark is one line of at most %1 characters.</source>
        <translation>La marca de agua es una sola línea de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The title is one line of at most %1 characters.</source>
        <translation>El título es una sola línea de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The period is one line of at most %1 characters.</source>
        <translation>El período es una sola línea de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Prepared for: %1</source>
        <translation>Preparado para: %1</translation>
    </message>
    <message>
        <source>Marking: %1</source>
        <translation>Confidencialidad: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Período: %1</translation>
    </message>
    <message>
        <source>Queries: %1</source>
        <translation>Consultas: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consentimiento: %1</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Campos compartidos: %1</translation>
    </message>
    <message>
        <source>A response is printed for the Secretariat or for a Core State briefing.</source>
        <translation>Una respuesta se imprime para la Secretaría o para la información a los Estados del grupo central.</translation>
    </message>
    <message>
        <source>Advice Hub</source>
        <translation>Advice Hub</translation>
    </message>
    <message>
        <source>The Secretariat</source>
        <translation>La Secretaría</translation>
    </message>
    <message>
        <source>Our ref.: %1</source>
        <translation>Nuestra ref.: %1</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation>Impresión: %1 (%2)</translation>
    </message>
    <message>
        <source>Saved %1 (%2) as PDF %3</source>
        <translation>Guardado como PDF: %1 (%2), archivo %3</translation>
    </message>
    <message>
        <source>, copy %1 of %2</source>
        <translation>, ejemplar %1 de %2</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
    <message>
        <source>A printed document shows at least one query.</source>
        <translation>Un documento impreso muestra al menos una consulta.</translation>
    </message>
    <message>
        <source>The PDF of %1 is empty.</source>
        <translation>El PDF de %1 está vacío.</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Core State briefing</source>
        <translation>Información a los Estados del grupo central</translation>
    </message>
    <message>
        <source>Partner extract</source>
        <translation>Extracto para el socio</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier informativo</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>QueryChoices</name>
    <message>
        <source>%1 (former adviser)</source>
        <translation>%1 (antiguo asesor)</translation>
    </message>
</context>
<context>
    <name>QueryCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>El archivo no tiene línea de encabezado.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 es una carpeta, no un archivo CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Column %1 has no name.</source>
        <translation>La columna %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>The column %1 appears twice (columns %2 and %3).</source>
        <translation>La columna %1 aparece dos veces (columnas %2 y %3).</translation>
    </message>
    <message>
        <source>The required column %1 is missing.</source>
        <translation>Falta la columna obligatoria %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2. (A text with commas or line breaks must be in double quotes.)</source>
        <translation>La fila tiene %1 campos; el encabezado tiene %2. (Un texto con comas o saltos de línea debe ir entre comillas dobles.)</translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-03-14.</source>
        <translation>%1 no es una fecha como 2026-03-14.</translation>
    </message>
    <message>
        <source>Unknown channel %1.</source>
        <translation>Canal %1 desconocido.</translation>
    </message>
    <message>
        <source>Unknown State %1 (use the ISO code, e.g. GH or GHA, or the name).</source>
        <translation>Estado %1 desconocido (use el código ISO, p. ej., GH o GHA, o el nombre).</translation>
    </message>
    <message>
        <source>Unknown institution type %1.</source>
        <translation>Tipo de institución %1 desconocido.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Idioma %1 desconocido.</translation>
    </message>
    <message>
        <source>Unknown confidentiality level %1 (standard, confidential or strictly_confidential).</source>
        <translation>Nivel de confidencialidad %1 desconocido (standard, confidential o strictly_confidential).</translation>
    </message>
    <message>
        <source>Unknown theme %1.</source>
        <translation>Tema %1 desconocido.</translation>
    </message>
    <message>
        <source>%1 is not an article of the Convention (1 to 33).</source>
        <translation>%1 no es un artículo de la Convención (1 a 33).</translation>
    </message>
    <message>
        <source>Unknown priority %1 (urgent, high, normal or low).</source>
        <translation>Prioridad %1 desconocida (urgent, high, normal o low).</translation>
    </message>
    <message>
        <source>There is no adviser called %1 in this vault.</source>
        <translation>No hay ningún asesor llamado %1 en esta bóveda.</translation>
    </message>
    <message>
        <source>Unknown route %1 (in_house, refer, both or out_of_scope).</source>
        <translation>Tratamiento %1 desconocido (in_house, refer, both o out_of_scope).</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Situación %1 desconocida.</translation>
    </message>
    <message>
        <source>%1 is not a reference like AH-2026-0042.</source>
        <translation>%1 no es una referencia como AH-2026-0042.</translation>
    </message>
    <message>
        <source>The reference %1 is also on line %2.</source>
        <translation>La referencia %1 también aparece en la línea %2.</translation>
    </message>
    <message>
        <source>The reference %1 is already in this vault.</source>
        <translation>La referencia %1 ya existe en esta bóveda.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Se ha cancelado la importación; no se ha importado nada.</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>El archivo es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>A double quote opened here is never closed. Nothing after it could be read.</source>
        <translation>Unas comillas dobles abiertas aquí no se cierran nunca. No se ha podido leer nada de lo que sigue.</translation>
    </message>
    <message>
        <source>Misplaced double quote: a field that contains a quote must be enclosed in double quotes and the quote doubled (""). Nothing after this line could be read.</source>
        <translation>Comilla doble mal colocada: un campo que contiene una comilla debe ir entre comillas dobles y la comilla debe duplicarse (""). No se ha podido leer nada después de esta línea.</translation>
    </message>
    <message>
        <source>The file has a header but no queries.</source>
        <translation>El archivo tiene encabezado pero ninguna consulta.</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>No se ha podido escribir la exportación.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se ha cancelado la exportación; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Exported to %1 (%2)</source>
        <translation>Exportada a %1 (%2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation>El archivo es texto UTF-16. Guárdelo como «CSV UTF-8» e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first wrong character on line %1). Save it as “CSV UTF-8” and import it again.</source>
        <translation>El archivo no es texto UTF-8 (primer carácter incorrecto en la línea %1). Guárdelo como «CSV UTF-8» e impórtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>(a text of %n characters, not shown)</source>
        <translation>
            <numerusform>(un texto de %n carácter, no se muestra)</numerusform>
            <numerusform>(un texto de %n caracteres, no se muestra)</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: the export to %1 could not be written. Nothing was recorded.</source>
        <translation>El disco está lleno: no se pudo escribir la exportación a %1. No se ha registrado nada.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written (%2). Nothing was recorded.</source>
        <translation>No se pudo escribir la exportación a %1 (%2). No se ha registrado nada.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: split it into several files and import them one after the other.</source>
        <translation>El archivo supera los %1 MB: divídalo en varios archivos e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <source>Column %1 (%2): the mapping sends it to %3, which is not a column of Advice Hub.</source>
        <translation>Columna %1 (%2): la correspondencia la envía a %3, que no es una columna de Advice Hub.</translation>
    </message>
    <message>
        <source>Column %1: unknown column name %2. The columns are: %3.</source>
        <translation>Columna %1: nombre de columna desconocido %2. Las columnas son: %3.</translation>
    </message>
    <message>
        <source>The file could not be read to its end; nothing was imported.</source>
        <translation>No se pudo leer el archivo hasta el final; no se ha importado nada.</translation>
    </message>
    <message>
        <source>The disk is full; the export could not be written.</source>
        <translation>El disco está lleno; no se pudo escribir la exportación.</translation>
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
        <translation>Todas las consultas</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>My queries</source>
        <translation>Mis consultas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Vencen esta semana</translation>
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation>En espera del solicitante</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Give the search a name.</source>
        <translation>Dé un nombre a la búsqueda.</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>El nombre es demasiado largo (100 caracteres como máximo).</translation>
    </message>
    <message>
        <source>No such saved search.</source>
        <translation>No existe esa búsqueda guardada.</translation>
    </message>
    <message>
        <source>The search has %1 words; search for at most %2 words at a time.</source>
        <translation>La búsqueda tiene %1 palabras; busque como máximo %2 palabras a la vez.</translation>
    </message>
</context>
<context>
    <name>QueryText</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Clasificada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation>En espera del solicitante</translation>
    </message>
    <message>
        <source>Response sent</source>
        <translation>Respuesta enviada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Remitida</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Estrictamente confidencial</translation>
    </message>
    <message>
        <source>Answer in-house</source>
        <translation>Respuesta interna</translation>
    </message>
    <message>
        <source>Refer to a partner</source>
        <translation>Remisión a un socio</translation>
    </message>
    <message>
        <source>Answer and refer</source>
        <translation>Respuesta y remisión</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Fuera del mandato</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>Estado solicitante</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Contact function</source>
        <translation>Cargo del contacto</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo electrónico del contacto</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>UNCAT articles</source>
        <translation>Artículos de la Convención contra la Tortura</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Assigned adviser</source>
        <translation>Asesor asignado</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation>Marcar como nueva</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Clasificar</translation>
    </message>
    <message>
        <source>Start Work</source>
        <translation>Iniciar el trabajo</translation>
    </message>
    <message>
        <source>Wait for Requester</source>
        <translation>Esperar al solicitante</translation>
    </message>
    <message>
        <source>Mark Response Sent</source>
        <translation>Marcar la respuesta como enviada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Mark as Referred</source>
        <translation>Marcar como remitida</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Consent obtained</source>
        <translation>Consentimiento obtenido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>Mark Consent Obtained</source>
        <translation>Marcar el consentimiento como obtenido</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Mark Accepted</source>
        <translation>Marcar como aceptada</translation>
    </message>
    <message>
        <source>Mark Declined</source>
        <translation>Marcar como rechazada</translation>
    </message>
    <message>
        <source>Mark Completed</source>
        <translation>Marcar como completada</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Request text</source>
        <translation>Texto de la solicitud</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>UNCAT articles</source>
        <translation>Artículos de la Convención contra la Tortura</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>Nota verbal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>Spell checking is off: the %1 dictionary (%2) is not installed.</source>
        <translation>La revisión ortográfica está desactivada: el diccionario ortográfico (%1, %2) no está instalado.</translation>
    </message>
    <message>
        <source>Spell checking is off: the %1 dictionary is not in UTF-8.</source>
        <translation>La revisión ortográfica está desactivada: el diccionario ortográfico (%1) no está codificado en UTF-8.</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Registered</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Cambio de situación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>E-mail received</source>
        <translation>Correo recibido</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculación</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Desvinculación</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
</context>
<context>
    <name>TypedText</name>
    <message>
        <source>Discard what you typed? It has not been saved and cannot be recovered.</source>
        <translation>¿Descartar lo que ha escrito? No se ha guardado y no se podrá recuperar.</translation>
    </message>
</context>
<context>
    <name>WordDiffer</name>
    <message>
        <source>bold added</source>
        <translation>negrita añadida</translation>
    </message>
    <message>
        <source>bold removed</source>
        <translation>negrita eliminada</translation>
    </message>
    <message>
        <source>italic added</source>
        <translation>cursiva añadida</translation>
    </message>
    <message>
        <source>italic removed</source>
        <translation>cursiva eliminada</translation>
    </message>
    <message>
        <source>underline added</source>
        <translation>subrayado añadido</translation>
    </message>
    <message>
        <source>underline removed</source>
        <translation>subrayado eliminado</translation>
    </message>
    <message>
        <source>strikethrough added</source>
        <translation>tachado añadido</translation>
    </message>
    <message>
        <source>strikethrough removed</source>
        <translation>tachado eliminado</translation>
    </message>
    <message>
        <source>superscript or subscript changed</source>
        <translation>superíndice o subíndice modificado</translation>
    </message>
    <message>
        <source>code formatting changed</source>
        <translation>formato de código modificado</translation>
    </message>
    <message>
        <source>quotation added</source>
        <translation>cita añadida</translation>
    </message>
    <message>
        <source>quotation removed</source>
        <translation>cita eliminada</translation>
    </message>
    <message>
        <source>heading added</source>
        <translation>encabezado añadido</translation>
    </message>
    <message>
        <source>heading removed</source>
        <translation>encabezado eliminado</translation>
    </message>
    <message>
        <source>heading level changed</source>
        <translation>nivel de encabezado modificado</translation>
    </message>
    <message>
        <source>bulleted list added</source>
        <translation>lista con viñetas añadida</translation>
    </message>
    <message>
        <source>bulleted list removed</source>
        <translation>lista con viñetas eliminada</translation>
    </message>
    <message>
        <source>numbered list added</source>
        <translation>lista numerada añadida</translation>
    </message>
    <message>
        <source>numbered list removed</source>
        <translation>lista numerada eliminada</translation>
    </message>
    <message>
        <source>list nesting changed</source>
        <translation>anidamiento de lista modificado</translation>
    </message>
    <message>
        <source>alignment changed</source>
        <translation>alineación modificada</translation>
    </message>
    <message>
        <source>indentation changed</source>
        <translation>sangría modificada</translation>
    </message>
    <message>
        <source>link added</source>
        <translation>enlace añadido</translation>
    </message>
    <message>
        <source>link removed</source>
        <translation>enlace eliminado</translation>
    </message>
    <message>
        <source>link address changed</source>
        <translation>dirección del enlace modificada</translation>
    </message>
    <message>
        <source>table added</source>
        <translation>tabla añadida</translation>
    </message>
    <message>
        <source>table removed</source>
        <translation>tabla eliminada</translation>
    </message>
</context>
<context>
    <name>advicehub::attachments::AttachmentIntegrity</name>
    <message>
        <source>The list of attachments could not be read (SQLite error %1).</source>
        <translation>No se ha podido leer la lista de archivos adjuntos (error de SQLite %1).</translation>
    </message>
    <message>
        <source>Attachment %1 (%2)</source>
        <translation>Archivo adjunto %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is incomplete: it has no content.</source>
        <translation>%1 está incompleto: no tiene contenido.</translation>
    </message>
    <message>
        <source>%1: chunk %2 does not match its SHA-256 (the stored content is damaged).</source>
        <translation>%1: el bloque %2 no coincide con su SHA-256 (el contenido almacenado está dañado).</translation>
    </message>
    <message>
        <source>%1: chunks are missing (%2 recorded).</source>
        <translation>%1: faltan bloques (%2 registrados).</translation>
    </message>
    <message>
        <source>%1: %2 bytes stored, %3 recorded.</source>
        <translation>%1: %2 bytes almacenados, %3 registrados.</translation>
    </message>
    <message>
        <source>%1: its content does not match its SHA-256.</source>
        <translation>%1: su contenido no coincide con su SHA-256.</translation>
    </message>
    <message>
        <source>%1 could not be read: a page of the vault failed authentication or is corrupt (SQLite error %2).</source>
        <translation>No se ha podido leer %1: una página de la bóveda no ha superado la autenticación o está dañada (error de SQLite %2).</translation>
    </message>
</context>
<context>
    <name>advicehub::attachments::AttachmentService</name>
    <message>
        <source>The attachment %1 is damaged in the vault (its content does not match its SHA-256). Run Vault ▸ Check Integrity, and restore a backup if needed.</source>
        <translation>El archivo adjunto %1 está dañado en la bóveda (su contenido no coincide con su SHA-256). Ejecute Bóveda ▸ Comprobar la integridad y restaure una copia de seguridad si es necesario.</translation>
    </message>
    <message>
        <source>The vault was locked while the attachment was read.</source>
        <translation>La bóveda se ha bloqueado mientras se leía el archivo adjunto.</translation>
    </message>
    <message>
        <source>The attachment %1 is no longer in the vault, or is incomplete.</source>
        <translation>El archivo adjunto %1 ya no está en la bóveda, o está incompleto.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>No existe ese archivo adjunto.</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes): there is nothing to attach.</source>
        <translation>El archivo %1 está vacío (0 bytes): no hay nada que adjuntar.</translation>
    </message>
    <message>
        <source>The file %1 (%2) is larger than the limit for attachments, %3. Nothing was attached.</source>
        <translation>El archivo %1 (%2) supera el límite para los archivos adjuntos, %3. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being read. Nothing was attached; try again once it is complete.</source>
        <translation>El archivo %1 ha cambiado mientras se leía. No se ha adjuntado nada; inténtelo de nuevo cuando esté completo.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Nothing was attached.</source>
        <translation>No se ha podido leer el archivo %1. No se ha adjuntado nada.</translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>La descripción tiene más de %n carácter.</numerusform>
            <numerusform>La descripción tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language must be a language code of two or three letters (for example en, fr, es).</source>
        <translation>El idioma debe ser un código de idioma de dos o tres letras (por ejemplo, en, fr, es).</translation>
    </message>
    <message>
        <source>not enough memory to read the file's text</source>
        <translation>no hay memoria suficiente para leer el texto del archivo</translation>
    </message>
    <message>
        <source>the file's text could not be read</source>
        <translation>no se ha podido leer el texto del archivo</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is a folder: attach the files in it one by one.</source>
        <translation>%1 es una carpeta: adjunte uno a uno los archivos que contiene.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device or a pipe) and cannot be attached.</source>
        <translation>%1 no es un archivo normal (un dispositivo o una tubería) y no se puede adjuntar.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (permission denied).</source>
        <translation>No se puede leer el archivo %1 (permiso denegado).</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>No se puede abrir el archivo %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was attached.</source>
        <translation>Cancelado: no se ha adjuntado nada.</translation>
    </message>
    <message>
        <source>No such query.</source>
        <translation>No existe esa consulta.</translation>
    </message>
    <message>
        <source>This query was merged into another; attach the file there.</source>
        <translation>Esta consulta se ha fusionado en otra; adjunte el archivo en esa otra.</translation>
    </message>
    <message>
        <source>The timeline entry is not one of this query's.</source>
        <translation>La entrada del historial no pertenece a esta consulta.</translation>
    </message>
    <message>
        <source>The same file is already attached to this query as %1. Nothing was attached.</source>
        <translation>El mismo archivo ya está adjunto a esta consulta como %1. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <source>Attachment %1 added (%2, %3)</source>
        <translation>Archivo adjunto %1 añadido (%2, %3)</translation>
    </message>
    <message>
        <source>The attachment %1 is %2: too large to read at once.</source>
        <translation>El archivo adjunto %1 ocupa %2: es demasiado grande para leerlo de una vez.</translation>
    </message>
    <message>
        <source>This attachment was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Otra persona ha modificado este archivo adjunto desde que usted lo abrió. Vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Attachment %1: description changed</source>
        <translation>Archivo adjunto %1: descripción modificada</translation>
    </message>
    <message>
        <source>Attachment %1 removed (%2, SHA-256 %3)</source>
        <translation>Archivo adjunto %1 eliminado (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Attachment %1 (SHA-256 %2) saved as a copy to %3</source>
        <translation>Archivo adjunto %1 (SHA-256 %2) guardado como copia en %3</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Archivo adjunto %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Añadido el</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Attachment %1 linked to timeline entry %2</source>
        <translation>Archivo adjunto %1 vinculado a la entrada del historial %2</translation>
    </message>
    <message>
        <source>Attachment %1 no longer linked to a timeline entry</source>
        <translation>Archivo adjunto %1 desvinculado de su entrada del historial</translation>
    </message>
</context>
<context>
    <name>advicehub::attachments::AttachmentText</name>
    <message>
        <source>Text found</source>
        <translation>Texto encontrado</translation>
    </message>
    <message>
        <source>No text (a scan?)</source>
        <translation>Sin texto (¿un documento escaneado?)</translation>
    </message>
    <message>
        <source>Text could not be read</source>
        <translation>No se ha podido leer el texto</translation>
    </message>
    <message>
        <source>Not searchable (type not supported)</source>
        <translation>No se puede buscar (tipo no compatible)</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>El archivo debe tener un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>The file name is longer than %n characters; rename the file and attach it again.</source>
        <translation>
            <numerusform>El nombre del archivo tiene más de %n carácter; cambie el nombre del archivo y vuelva a adjuntarlo.</numerusform>
            <numerusform>El nombre del archivo tiene más de %n caracteres; cambie el nombre del archivo y vuelva a adjuntarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::attachments::TextExtractors</name>
    <message>
        <source>The text of the document could not be read.</source>
        <translation>No se ha podido leer el texto del documento.</translation>
    </message>
    <message>
        <source>The text of this type of file is not searchable.</source>
        <translation>No se puede buscar en el texto de este tipo de archivo.</translation>
    </message>
</context>
<context>
    <name>advicehub::casefile</name>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>No se pudo reemplazar %1.</translation>
    </message>
    <message>
        <source>Permission denied: %1.</source>
        <translation>Permiso denegado: %1.</translation>
    </message>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>El disco está lleno; no se escribió %1.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>La carpeta de %1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
</context>
<context>
    <name>advicehub::drafts::DraftService</name>
    <message>
        <source>This draft was sent: it is locked. Copy it into a new draft to reuse its text.</source>
        <translation>Este borrador se ha enviado: está bloqueado. Cópielo en un nuevo borrador para reutilizar su texto.</translation>
    </message>
    <message>
        <source>This draft was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Otra persona ha modificado este borrador desde que lo abrió. Vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No such draft.</source>
        <translation>No existe ese borrador.</translation>
    </message>
    <message>
        <source>This draft is already submitted for clearance.</source>
        <translation>Este borrador ya se ha enviado para aprobación.</translation>
    </message>
    <message>
        <source>This draft is cleared already; mark it sent, or save a new version to change it.</source>
        <translation>Este borrador ya está aprobado; márquelo como enviado o guarde una nueva versión para modificarlo.</translation>
    </message>
    <message>
        <source>Only a draft submitted for clearance can be cleared (this one is “%1”).</source>
        <translation>Solo se puede aprobar un borrador enviado para aprobación (el estado de este es «%1»).</translation>
    </message>
    <message>
        <source>Changes can be requested only on a draft submitted for clearance (this one is “%1”).</source>
        <translation>Solo se pueden solicitar cambios en un borrador enviado para aprobación (el estado de este es «%1»).</translation>
    </message>
    <message>
        <source>Choose who you are first: clearance is recorded with the adviser who gives it.</source>
        <translation>Indique primero quién es usted: la aprobación se registra a nombre del asesor que la concede.</translation>
    </message>
    <message>
        <source>Only an adviser with the role head can clear a draft.</source>
        <translation>Solo un asesor con la función de Jefe puede aprobar un borrador.</translation>
    </message>
    <message>
        <source>Only an adviser with the role head can request changes to a draft.</source>
        <translation>Solo un asesor con la función de Jefe puede solicitar cambios en un borrador.</translation>
    </message>
    <message>
        <source>Four eyes: you wrote version %1 of this draft, so another head must clear it.</source>
        <translation>Principio de los cuatro ojos: usted redactó la versión %1 de este borrador, por lo que otro Jefe debe aprobarlo.</translation>
    </message>
    <message>
        <source>Only a cleared draft can be marked sent (this one is “%1”).</source>
        <translation>Solo un borrador aprobado puede marcarse como enviado (el estado de este es «%1»).</translation>
    </message>
    <message>
        <source>Give the draft a title.</source>
        <translation>Dé un título al borrador.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>El título tiene más de %n carácter.</numerusform>
            <numerusform>El título tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The comment is longer than %n characters.</source>
        <translation>
            <numerusform>El comentario tiene más de %n carácter.</numerusform>
            <numerusform>El comentario tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such query.</source>
        <translation>No existe esa consulta.</translation>
    </message>
    <message>
        <source>This query was merged into another; draft the answer there.</source>
        <translation>Esta consulta se ha fusionado en otra; redacte la respuesta en esa otra.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Esa plantilla no existe.</translation>
    </message>
    <message>
        <source>Draft %1 created (%2, %3)</source>
        <translation>Borrador %1 creado (%2, %3)</translation>
    </message>
    <message>
        <source>No change to save: the text is the same as version %1.</source>
        <translation>No hay cambios que guardar: el texto es idéntico al de la versión %1.</translation>
    </message>
    <message>
        <source>Version %1 replaced the cleared version %2: the clearance no longer applies.</source>
        <translation>La versión %1 ha sustituido a la versión aprobada %2: la aprobación ya no es válida.</translation>
    </message>
    <message>
        <source>Version %1 replaced the submitted version %2.</source>
        <translation>La versión %1 ha sustituido a la versión %2 enviada para aprobación.</translation>
    </message>
    <message numerus="yes">
        <source>Draft %1: version %2 saved (%n word(s))</source>
        <translation>
            <numerusform>Borrador %1: versión %2 guardada (%n palabra)</numerusform>
            <numerusform>Borrador %1: versión %2 guardada (%n palabras)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1: version %2 saved; the clearance of version %3 was withdrawn, the draft is back to draft</source>
        <translation>Borrador %1: versión %2 guardada; se retiró la aprobación de la versión %3 y el borrador vuelve al estado de borrador</translation>
    </message>
    <message>
        <source>Draft %1: version %2 saved while submitted; back to draft</source>
        <translation>Borrador %1: versión %2 guardada mientras estaba enviado para aprobación; vuelve al estado de borrador</translation>
    </message>
    <message>
        <source>renamed %1</source>
        <translation>renombrado como %1</translation>
    </message>
    <message>
        <source>Draft %1: %2</source>
        <translation>Borrador %1: %2</translation>
    </message>
    <message>
        <source>Draft %1: version %2 submitted for clearance</source>
        <translation>Borrador %1: versión %2 enviada para aprobación</translation>
    </message>
    <message>
        <source>Say what should change: a request for changes needs a comment.</source>
        <translation>Indique qué debe cambiar: una solicitud de cambios requiere un comentario.</translation>
    </message>
    <message>
        <source>Draft %1: changes requested to version %2: %3</source>
        <translation>Borrador %1: cambios solicitados en la versión %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>You wrote this version and you are the vault's only adviser: clearing it yourself needs a justification of at least %n characters, which is recorded.</source>
        <translation>
            <numerusform>Usted redactó esta versión y es el único asesor de la bóveda: para aprobarla usted mismo se necesita una justificación de al menos %n carácter, que queda registrada.</numerusform>
            <numerusform>Usted redactó esta versión y es el único asesor de la bóveda: para aprobarla usted mismo se necesita una justificación de al menos %n caracteres, que queda registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1: version %2 SELF-CLEARED by its author (the vault's only adviser): %3</source>
        <translation>Borrador %1: versión %2 AUTOAPROBADA por su autor (único asesor de la bóveda): %3</translation>
    </message>
    <message>
        <source>Draft %1: version %2 cleared</source>
        <translation>Borrador %1: versión %2 aprobada</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n characters.</source>
        <translation>
            <numerusform>La nota tiene más de %n carácter.</numerusform>
            <numerusform>La nota tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>An answer cannot be marked sent on a future date.</source>
        <translation>Una respuesta no puede marcarse como enviada en una fecha futura.</translation>
    </message>
    <message>
        <source>An answer cannot be sent before the query was received (%1).</source>
        <translation>Una respuesta no puede enviarse antes de la recepción de la consulta (%1).</translation>
    </message>
    <message>
        <source>Choose the channel the answer was sent by.</source>
        <translation>Elija el canal por el que se envió la respuesta.</translation>
    </message>
    <message>
        <source>Draft %1: version %2 sent on %3 by %4; the text is locked</source>
        <translation>Borrador %1: versión %2 enviada el %3 por %4; el texto está bloqueado</translation>
    </message>
    <message>
        <source>This draft has no version %1.</source>
        <translation>Este borrador no tiene versión %1.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>Copied from draft %1, version %2</source>
        <translation>Copiado del borrador %1, versión %2</translation>
    </message>
    <message>
        <source>Draft %1 created as a copy of %2 (version %3)</source>
        <translation>Borrador %1 creado como copia de %2 (versión %3)</translation>
    </message>
    <message>
        <source>The sent draft %1 was copied from this one, which stays as its source.</source>
        <translation>El borrador enviado %1 se copió de este, que se mantiene como su origen.</translation>
    </message>
    <message numerus="yes">
        <source>Draft %1 deleted with its %n version(s)</source>
        <translation>
            <numerusform>Borrador %1 eliminado con %n versión</numerusform>
            <numerusform>Borrador %1 eliminado con sus %n versiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft %1, version %2, exported as %3 to %4</source>
        <translation>Borrador %1, versión %2, exportado en formato %3 a %4</translation>
    </message>
    <message>
        <source>Answer sent</source>
        <translation>Respuesta enviada</translation>
    </message>
    <message>
        <source>Answer cleared, not yet sent</source>
        <translation>Respuesta aprobada, aún no enviada</translation>
    </message>
    <message>
        <source>Answer: DRAFT (not cleared)</source>
        <translation>Respuesta: BORRADOR (no aprobado)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>%1 (self-cleared)</source>
        <translation>%1 (autoaprobado)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Borrador %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>advicehub::library::LibraryService</name>
    <message>
        <source> (after %1)</source>
        <translation> (después de %1)</translation>
    </message>
    <message>
        <source>The text has a “{” without its closing “}” at character %1%2. Placeholders are written {name}.</source>
        <translation>El texto contiene una llave «{» sin su llave de cierre «}» en el carácter %1%2. Los campos de combinación se escriben {name}.</translation>
    </message>
    <message>
        <source>The text has a “}” without its opening “{” at character %1%2. Placeholders are written {name}.</source>
        <translation>El texto contiene una llave «}» sin su llave de apertura «{» en el carácter %1%2. Los campos de combinación se escriben {name}.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Dé un nombre a la plantilla.</translation>
    </message>
    <message numerus="yes">
        <source>The template's name is longer than %n characters.</source>
        <translation>
            <numerusform>El nombre de la plantilla tiene más de %n carácter.</numerusform>
            <numerusform>El nombre de la plantilla tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has no text.</source>
        <translation>La plantilla no tiene texto.</translation>
    </message>
    <message numerus="yes">
        <source>The template uses %n unknown placeholder(s): %1. The placeholders are: %2.</source>
        <translation>
            <numerusform>La plantilla usa %n campo de combinación desconocido: %1. Los campos de combinación disponibles son: %2.</numerusform>
            <numerusform>La plantilla usa %n campos de combinación desconocidos: %1. Los campos de combinación disponibles son: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a template named %1 in %2.</source>
        <translation>Ya existe una plantilla llamada %1 (%2).</translation>
    </message>
    <message>
        <source>Give the resource a title.</source>
        <translation>Dé un título al recurso.</translation>
    </message>
    <message numerus="yes">
        <source>The title is longer than %n characters.</source>
        <translation>
            <numerusform>El título tiene más de %n carácter.</numerusform>
            <numerusform>El título tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>La descripción tiene más de %n carácter.</numerusform>
            <numerusform>La descripción tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the citation that a draft will quote for this resource.</source>
        <translation>Indique la cita que un borrador reproducirá para este recurso.</translation>
    </message>
    <message numerus="yes">
        <source>The citation is longer than %n characters.</source>
        <translation>
            <numerusform>La cita tiene más de %n carácter.</numerusform>
            <numerusform>La cita tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link is longer than %n characters.</source>
        <translation>
            <numerusform>El enlace tiene más de %n carácter.</numerusform>
            <numerusform>El enlace tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link must be a web address starting with https:// (for example https://www.example.org/guide).</source>
        <translation>El enlace debe ser una dirección web que empiece por https:// (por ejemplo, https://www.example.org/guide).</translation>
    </message>
    <message>
        <source>%1 is not a language of the library; use en, fr, es, or nothing for several languages.</source>
        <translation>%1 no es un idioma de la biblioteca; use en, fr, es, o nada para varios idiomas.</translation>
    </message>
    <message>
        <source>One of the themes chosen does not exist.</source>
        <translation>Uno de los temas elegidos no existe.</translation>
    </message>
    <message>
        <source>The library already has a resource titled %1.</source>
        <translation>La biblioteca ya tiene un recurso titulado %1.</translation>
    </message>
    <message>
        <source>No such template.</source>
        <translation>No existe esa plantilla.</translation>
    </message>
    <message>
        <source>This template was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Otra persona ha modificado esta plantilla desde que la abrió. Vuelva a cargarla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no template named %1.</source>
        <translation>No existe ninguna plantilla llamada %1.</translation>
    </message>
    <message>
        <source>Several templates are named %1 (%2); choose one by its number.</source>
        <translation>Varias plantillas se llaman %1 (%2); elija una por su número.</translation>
    </message>
    <message>
        <source>The query's reference (AH-2026-0042)</source>
        <translation>La referencia de la consulta (AH-2026-0042)</translation>
    </message>
    <message>
        <source>The requesting State</source>
        <translation>El Estado solicitante</translation>
    </message>
    <message>
        <source>The requesting institution</source>
        <translation>La institución solicitante</translation>
    </message>
    <message>
        <source>The contact person's name</source>
        <translation>El nombre de la persona de contacto</translation>
    </message>
    <message>
        <source>The contact person's function</source>
        <translation>El cargo de la persona de contacto</translation>
    </message>
    <message>
        <source>The date the query was received, in the letter's language</source>
        <translation>La fecha de recepción de la consulta, en el idioma de la carta</translation>
    </message>
    <message>
        <source>The query's subject</source>
        <translation>El asunto de la consulta</translation>
    </message>
    <message>
        <source>The adviser writing (the session's adviser)</source>
        <translation>El asesor que redacta (el asesor de la sesión)</translation>
    </message>
    <message>
        <source>Today's date, in the letter's language</source>
        <translation>La fecha de hoy, en el idioma de la carta</translation>
    </message>
    <message>
        <source>The query's due date, in the letter's language</source>
        <translation>La fecha de vencimiento de la consulta, en el idioma de la carta</translation>
    </message>
    <message>
        <source>The channel the query came through, in the letter's language</source>
        <translation>El canal por el que llegó la consulta, en el idioma de la carta</translation>
    </message>
    <message>
        <source>The partner of the query's open referral</source>
        <translation>El socio de la remisión abierta de la consulta</translation>
    </message>
    <message>
        <source>No such resource in the library.</source>
        <translation>Ese recurso no figura en la biblioteca.</translation>
    </message>
    <message>
        <source>This resource was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Otra persona ha modificado este recurso desde que lo abrió. Vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No such draft.</source>
        <translation>No existe ese borrador.</translation>
    </message>
    <message>
        <source>Only an answer that was sent can be reused as a precedent.</source>
        <translation>Solo una respuesta enviada puede reutilizarse como precedente.</translation>
    </message>
    <message>
        <source>A draft cannot reuse its own text as a precedent.</source>
        <translation>Un borrador no puede reutilizar su propio texto como precedente.</translation>
    </message>
    <message>
        <source>The precedent reused no longer exists.</source>
        <translation>El precedente reutilizado ya no existe.</translation>
    </message>
    <message>
        <source>This draft was sent: it is locked and cannot take new text.</source>
        <translation>Este borrador se ha enviado: está bloqueado y no admite texto nuevo.</translation>
    </message>
    <message>
        <source>Draft %1: text reused from the answer %2 sent on %3 for %4 (%5)</source>
        <translation>Borrador %1: texto reutilizado de la respuesta %2 enviada el %3 para %4 (%5)</translation>
    </message>
    <message>
        <source>Text of the answer %1 reused in a draft for %2</source>
        <translation>Texto de la respuesta %1 reutilizado en un borrador para %2</translation>
    </message>
    <message>
        <source>Type the word to add to the dictionary.</source>
        <translation>Escriba la palabra que desea añadir al diccionario.</translation>
    </message>
    <message>
        <source>The dictionary takes single words: %1 has a space in it.</source>
        <translation>El diccionario solo admite palabras sueltas: %1 contiene un espacio.</translation>
    </message>
    <message numerus="yes">
        <source>A word of the dictionary is at most %n characters long.</source>
        <translation>
            <numerusform>Una palabra del diccionario tiene como máximo %n carácter.</numerusform>
            <numerusform>Una palabra del diccionario tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the vault's %2 dictionary.</source>
        <translation>%1 no figura en el diccionario ortográfico de la bóveda (%2).</translation>
    </message>
</context>
<context>
    <name>advicehub::partners::PartnerService</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>%n carácter como máximo.</numerusform>
            <numerusform>%n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the partner's name.</source>
        <translation>Introduzca el nombre del socio.</translation>
    </message>
    <message>
        <source>Another partner already has this name.</source>
        <translation>Otro socio ya tiene este nombre.</translation>
    </message>
    <message>
        <source>The directory could not be read to check the name.</source>
        <translation>No se pudo leer el directorio para comprobar el nombre.</translation>
    </message>
    <message>
        <source>Another partner already uses this acronym.</source>
        <translation>Otro socio ya usa esta sigla.</translation>
    </message>
    <message>
        <source>The directory could not be read to check the acronym.</source>
        <translation>No se pudo leer el directorio para comprobar la sigla.</translation>
    </message>
    <message>
        <source>An area of expertise is not one of the vault's themes.</source>
        <translation>Un área de especialización no figura entre los temas de la bóveda.</translation>
    </message>
    <message>
        <source>A region is not one of the vault's regions.</source>
        <translation>Una región no figura entre las regiones de la bóveda.</translation>
    </message>
    <message>
        <source>A working language is not one of the vault's languages.</source>
        <translation>Un idioma de trabajo no figura entre los idiomas de la bóveda.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n contacts.</source>
        <translation>
            <numerusform>%n contacto como máximo.</numerusform>
            <numerusform>%n contactos como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: enter the name.</source>
        <translation>Contacto %1: introduzca el nombre.</translation>
    </message>
    <message>
        <source>Contact %1: at most %2 characters per field.</source>
        <translation>Contacto %1: %2 caracteres como máximo por campo.</translation>
    </message>
    <message>
        <source>Contact %1: the e-mail address is not like name@example.org.</source>
        <translation>Contacto %1: la dirección de correo electrónico no tiene la forma nombre@example.org.</translation>
    </message>
    <message>
        <source>Contact %1: a phone number has digits, spaces, + ( ) - . / only.</source>
        <translation>Contacto %1: un número de teléfono solo contiene dígitos, espacios y + ( ) - . /</translation>
    </message>
    <message>
        <source>Contact %1 is not a contact of this partner.</source>
        <translation>El contacto %1 no es un contacto de este socio.</translation>
    </message>
    <message>
        <source>Contact %1 is listed twice.</source>
        <translation>El contacto %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>A new partner's contacts are new too.</source>
        <translation>Los contactos de un socio nuevo también son nuevos.</translation>
    </message>
    <message>
        <source>No such partner.</source>
        <translation>No existe ese socio.</translation>
    </message>
    <message>
        <source>This partner was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Otra persona ha modificado este socio desde que lo abrió. Vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This partner has referrals on record and cannot be deleted; deactivate it instead.</source>
        <translation>Este socio tiene remisiones registradas y no se puede eliminar; desactívelo en su lugar.</translation>
    </message>
    <message>
        <source>A recorded consent names this partner, so it cannot be deleted; deactivate it instead.</source>
        <translation>Un consentimiento registrado menciona a este socio, por lo que no se puede eliminar; desactívelo en su lugar.</translation>
    </message>
    <message>
        <source>Name the partner (its name, acronym or number).</source>
        <translation>Indique el socio (su nombre, sigla o número).</translation>
    </message>
    <message>
        <source>More than one partner has this acronym; give the partner's name or number.</source>
        <translation>Varios socios tienen esta sigla; indique el nombre o el número del socio.</translation>
    </message>
    <message>
        <source>There is no partner of that name, acronym or number.</source>
        <translation>No hay ningún socio con ese nombre, sigla o número.</translation>
    </message>
</context>
<context>
    <name>advicehub::queries::QueryService</name>
    <message>
        <source>Enter the date the query was received.</source>
        <translation>Introduzca la fecha en que se recibió la consulta.</translation>
    </message>
    <message>
        <source>The date is before 2000.</source>
        <translation>La fecha es anterior a 2000.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>La fecha está en el futuro.</translation>
    </message>
    <message>
        <source>Choose how the query was received.</source>
        <translation>Elija cómo se recibió la consulta.</translation>
    </message>
    <message>
        <source>Choose the requesting State.</source>
        <translation>Elija el Estado solicitante.</translation>
    </message>
    <message>
        <source>Unknown institution type.</source>
        <translation>Tipo de institución desconocido.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - . / only.</source>
        <translation>Use solo dígitos, espacios y + ( ) - . /</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Introduzca un asunto.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Idioma desconocido.</translation>
    </message>
    <message>
        <source>Choose at least one theme.</source>
        <translation>Elija al menos un tema.</translation>
    </message>
    <message>
        <source>Unknown theme.</source>
        <translation>Tema desconocido.</translation>
    </message>
    <message>
        <source>UNCAT articles are numbered 1 to 33.</source>
        <translation>Los artículos de la Convención contra la Tortura están numerados del 1 al 33.</translation>
    </message>
    <message>
        <source>The due date is not valid.</source>
        <translation>La fecha límite no es válida.</translation>
    </message>
    <message>
        <source>The due date is before the date of receipt.</source>
        <translation>La fecha límite es anterior a la fecha de recepción.</translation>
    </message>
    <message>
        <source>Unknown adviser.</source>
        <translation>Asesor desconocido.</translation>
    </message>
    <message>
        <source>This adviser is no longer active.</source>
        <translation>Este asesor ya no está activo.</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Registro %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a reference like AH-2026-0042.</source>
        <translation>«%1» no es una referencia como AH-2026-0042.</translation>
    </message>
    <message>
        <source>The reference %1 appears twice.</source>
        <translation>La referencia %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The reference %1 is already in the vault.</source>
        <translation>La referencia %1 ya existe en la bóveda.</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>Registrada como %1</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>Importada como %1</translation>
    </message>
    <message>
        <source>No such query.</source>
        <translation>No existe esa consulta.</translation>
    </message>
    <message>
        <source>This query was merged into another; edit that one.</source>
        <translation>Esta consulta se ha fusionado en otra; edite esa otra.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Otra persona ha modificado %1 desde que la abrió. Vuelva a cargarla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This query was merged into another.</source>
        <translation>Esta consulta se ha fusionado en otra.</translation>
    </message>
    <message>
        <source>A query that is “%1” cannot become “%2”.</source>
        <translation>Una consulta en la situación «%1» no puede pasar a «%2».</translation>
    </message>
    <message>
        <source>Triage the query first: it needs an assigned adviser and a route.</source>
        <translation>Clasifique primero la consulta: necesita un asesor asignado y un tratamiento.</translation>
    </message>
    <message numerus="yes">
        <source>The clock stopped for %n working day(s) while awaiting the requester.</source>
        <translation>
            <numerusform>El plazo se detuvo durante %n día hábil a la espera del solicitante.</numerusform>
            <numerusform>El plazo se detuvo durante %n días hábiles a la espera del solicitante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a new or reopened query can be triaged; this one is “%1”.</source>
        <translation>Solo se puede clasificar una consulta nueva o reabierta; la situación de esta es «%1».</translation>
    </message>
    <message>
        <source>This kind of entry is written by Advice Hub itself.</source>
        <translation>Este tipo de entrada lo escribe el propio Advice Hub.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Describa lo que ocurrió.</translation>
    </message>
    <message>
        <source>The entry is too long.</source>
        <translation>La entrada es demasiado larga.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Escriba la corrección.</translation>
    </message>
    <message>
        <source>No such timeline entry.</source>
        <translation>No existe esa entrada del historial.</translation>
    </message>
    <message>
        <source>Correction of the %1 entry of %2</source>
        <translation>Corrección de la entrada «%1» del %2</translation>
    </message>
    <message>
        <source>A query cannot be linked to itself.</source>
        <translation>Una consulta no puede vincularse consigo misma.</translation>
    </message>
    <message>
        <source>A merged duplicate cannot be linked; link its survivor.</source>
        <translation>Un duplicado fusionado no puede vincularse; vincule la consulta en la que se fusionó.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 y %2 ya están vinculadas.</translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation>Seguimiento de %1</translation>
    </message>
    <message>
        <source>Related to %1</source>
        <translation>Relacionada con %1</translation>
    </message>
    <message>
        <source>Followed up by %1</source>
        <translation>Con seguimiento en %1</translation>
    </message>
    <message>
        <source>%1 and %2 are not linked.</source>
        <translation>%1 y %2 no están vinculadas.</translation>
    </message>
    <message>
        <source>No longer linked to %1</source>
        <translation>Ya no está vinculada a %1</translation>
    </message>
    <message>
        <source>A query cannot be merged into itself.</source>
        <translation>Una consulta no puede fusionarse consigo misma.</translation>
    </message>
    <message>
        <source>A query that was already merged cannot be merged again.</source>
        <translation>Una consulta ya fusionada no puede volver a fusionarse.</translation>
    </message>
    <message>
        <source>%1 (a duplicate) was merged into this query</source>
        <translation>%1 (un duplicado) se ha fusionado en esta consulta</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionada en %1</translation>
    </message>
    <message>
        <source>Only a query registered by mistake (still new) can be deleted; decline or close this one instead.</source>
        <translation>Solo se puede eliminar una consulta registrada por error (aún nueva); en lugar de eso, rechácela o ciérrela.</translation>
    </message>
    <message>
        <source>Other queries were merged into this one; it cannot be deleted.</source>
        <translation>Otras consultas se han fusionado en esta; no se puede eliminar.</translation>
    </message>
    <message>
        <source>There is no query %1.</source>
        <translation>No existe la consulta %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Both queries have an open referral to the same partner; withdraw one of them before merging.</source>
        <translation>Ambas consultas tienen una remisión abierta al mismo socio; retire una de ellas antes de fusionarlas.</translation>
    </message>
    <message>
        <source>This query has referrals or consents on record; it cannot be deleted. Decline or close it instead.</source>
        <translation>Esta consulta tiene remisiones o consentimientos registrados; no se puede eliminar. Rechácela o ciérrela en su lugar.</translation>
    </message>
    <message>
        <source>This query has drafts of its answer; it cannot be deleted. Delete the drafts that were not sent, or decline or close the query instead.</source>
        <translation>Esta consulta tiene borradores de su respuesta; no se puede eliminar. Elimine los borradores que no se enviaron, o bien rechace o cierre la consulta.</translation>
    </message>
    <message>
        <source>No draft of this query's answer was marked sent. To record the response as sent anyway, give the reason: the answer was given outside Advice Hub: how, when and by whom.</source>
        <translation>Ningún borrador de la respuesta a esta consulta se ha marcado como enviado. Para registrar la respuesta como enviada de todos modos, indique el motivo: la respuesta se dio fuera de Advice Hub: cómo, cuándo y por quién.</translation>
    </message>
    <message>
        <source>This query has attachments; it cannot be deleted. Remove the attachments first, or decline or close the query instead.</source>
        <translation>Esta consulta tiene archivos adjuntos; no se puede eliminar. Elimine primero los archivos adjuntos o, en lugar de eso, rechace o cierre la consulta.</translation>
    </message>
    <message>
        <source>“%1” needs a reason: say why.</source>
        <translation>«%1» requiere un motivo: indique por qué.</translation>
    </message>
    <message>
        <source>A partner can be chosen only when the route refers the query to a partner.</source>
        <translation>Solo se puede elegir un socio cuando la vía remite la consulta a un socio.</translation>
    </message>
    <message>
        <source>Referrals cannot be proposed here.</source>
        <translation>Aquí no se pueden proponer remisiones.</translation>
    </message>
    <message>
        <source>A query is marked as referred only when its route refers it to a partner; this one's route is “%1”. Change the route to “%2” or “%3” first.</source>
        <translation>Una consulta solo se marca como remitida si su tratamiento prevé la remisión a un socio; el de esta consulta es «%1». Cambie primero el tratamiento a «%2» o «%3».</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>sin decidir</translation>
    </message>
</context>
<context>
    <name>advicehub::referrals::ReferralService</name>
    <message>
        <source>“%1” is not a field a referral can share; the fields are: %2.</source>
        <translation>«%1» no es un campo que una remisión pueda compartir; los campos son: %2.</translation>
    </message>
    <message>
        <source>Say why the query is referred to this partner.</source>
        <translation>Indique por qué se remite la consulta a este socio.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n characters.</source>
        <translation>
            <numerusform>El motivo tiene más de %n carácter.</numerusform>
            <numerusform>El motivo tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one field of the query to share.</source>
        <translation>Elija al menos un campo de la consulta que compartir.</translation>
    </message>
    <message>
        <source>No such query.</source>
        <translation>No existe esa consulta.</translation>
    </message>
    <message>
        <source>This query was merged into another; refer that one.</source>
        <translation>Esta consulta se ha fusionado en otra; remita esa otra.</translation>
    </message>
    <message>
        <source>There is no such partner in the directory.</source>
        <translation>Ese socio no figura en el directorio.</translation>
    </message>
    <message>
        <source>%1 is inactive; reactivate it or choose another partner.</source>
        <translation>%1 está inactivo; reactívelo o elija otro socio.</translation>
    </message>
    <message>
        <source>The contact chosen is not one of %1's contacts.</source>
        <translation>El contacto elegido no es uno de los contactos de %1.</translation>
    </message>
    <message>
        <source>A referral cannot be proposed before the query was received (%1).</source>
        <translation>No se puede proponer una remisión antes de la recepción de la consulta (%1).</translation>
    </message>
    <message>
        <source>A referral cannot be proposed on a future date.</source>
        <translation>No se puede proponer una remisión en una fecha futura.</translation>
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation>La fecha de seguimiento ya ha pasado.</translation>
    </message>
    <message>
        <source>%1 already has an open referral to %2; follow that one up instead.</source>
        <translation>%1 ya tiene una remisión abierta a %2; haga el seguimiento de esa en su lugar.</translation>
    </message>
    <message>
        <source>Referral to %1 proposed (to share: %2)</source>
        <translation>Remisión a %1 propuesta (para compartir: %2)</translation>
    </message>
    <message>
        <source>No such referral.</source>
        <translation>No existe esa remisión.</translation>
    </message>
    <message>
        <source>This referral was sent already: what is shared cannot change.</source>
        <translation>Esta remisión ya se ha enviado: lo que se comparte ya no puede cambiar.</translation>
    </message>
    <message>
        <source>This referral is closed (%1); it cannot be edited.</source>
        <translation>Esta remisión está cerrada (%1); no se puede editar.</translation>
    </message>
    <message>
        <source>This referral was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Otra persona ha modificado esta remisión desde que la abrió. Vuelva a cargarla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>campos compartidos: %1</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>follow-up on %1</source>
        <translation>seguimiento el %1</translation>
    </message>
    <message>
        <source>no follow-up date</source>
        <translation>sin fecha de seguimiento</translation>
    </message>
    <message>
        <source>Referral to %1 edited: %2</source>
        <translation>Remisión a %1 editada: %2</translation>
    </message>
    <message>
        <source>This referral is closed (%1); it needs no follow-up.</source>
        <translation>Esta remisión está cerrada (%1); no necesita seguimiento.</translation>
    </message>
    <message>
        <source>Follow-up of the referral to %1 on %2</source>
        <translation>Seguimiento de la remisión a %1 previsto el %2</translation>
    </message>
    <message>
        <source>No follow-up date for the referral to %1</source>
        <translation>Sin fecha de seguimiento para la remisión a %1</translation>
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation>Una remisión en la situación «%1» no puede pasar a «%2».</translation>
    </message>
    <message>
        <source>Give a reason for making the referral “%1”.</source>
        <translation>Indique un motivo para pasar la remisión a «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The outcome is longer than %n characters.</source>
        <translation>
            <numerusform>El resultado tiene más de %n carácter.</numerusform>
            <numerusform>El resultado tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A referral's status cannot change on a future date.</source>
        <translation>La situación de una remisión no puede cambiar en una fecha futura.</translation>
    </message>
    <message>
        <source>The date is before the referral was %1 (%2).</source>
        <translation>La fecha es anterior al día en que la remisión fue %1 (%2).</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>No recorded consent covers %1 and every field this referral shares (%2). Record the consent first.</source>
        <translation>Ningún consentimiento registrado cubre %1 y todos los campos que comparte esta remisión (%2). Registre primero el consentimiento.</translation>
    </message>
    <message>
        <source>%1 is inactive; reactivate it before sending.</source>
        <translation>%1 está inactivo; reactívelo antes del envío.</translation>
    </message>
    <message>
        <source>No recorded consent covers %1 and every field this referral shares (%2). Record the consent, or an adviser with the role head may override with a written justification.</source>
        <translation>Ningún consentimiento registrado cubre %1 y todos los campos que comparte esta remisión (%2). Registre el consentimiento, o un asesor con la función de Jefe puede aplicar una excepción con una justificación por escrito.</translation>
    </message>
    <message>
        <source>Only an adviser with the role head may send a referral without consent.</source>
        <translation>Solo un asesor con la función de Jefe puede enviar una remisión sin consentimiento.</translation>
    </message>
    <message numerus="yes">
        <source>The justification of an override needs at least %n characters.</source>
        <translation>
            <numerusform>La justificación de una excepción debe tener al menos %n carácter.</numerusform>
            <numerusform>La justificación de una excepción debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The justification is longer than %n characters.</source>
        <translation>
            <numerusform>La justificación tiene más de %n carácter.</numerusform>
            <numerusform>La justificación tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral to %1 sent WITHOUT consent — override by %2: %3</source>
        <translation>Remisión a %1 enviada SIN consentimiento — excepción aplicada por %2: %3</translation>
    </message>
    <message>
        <source>Referral to %1 sent (shared: %2; consent on record)</source>
        <translation>Remisión a %1 enviada (campos compartidos: %2; consentimiento registrado)</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>Remisión a %1: %2</translation>
    </message>
    <message>
        <source>Shared with %1: %2</source>
        <translation>Compartido con %1: %2</translation>
    </message>
    <message>
        <source>Shared with %1 WITHOUT consent (override): %2</source>
        <translation>Compartido con %1 SIN consentimiento (excepción): %2</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Introduzca la fecha en que se otorgó el consentimiento.</translation>
    </message>
    <message>
        <source>Enter who gave the consent.</source>
        <translation>Indique quién otorgó el consentimiento.</translation>
    </message>
    <message numerus="yes">
        <source>The name and function of who gave the consent take at most %n characters each.</source>
        <translation>
            <numerusform>El nombre y el cargo de quien otorgó el consentimiento admiten como máximo %n carácter cada uno.</numerusform>
            <numerusform>El nombre y el cargo de quien otorgó el consentimiento admiten como máximo %n caracteres cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %n characters.</source>
        <translation>
            <numerusform>Las notas tienen más de %n carácter.</numerusform>
            <numerusform>Las notas tienen más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one partner the consent covers.</source>
        <translation>Elija al menos un socio cubierto por el consentimiento.</translation>
    </message>
    <message>
        <source>Choose at least one field the consent covers.</source>
        <translation>Elija al menos un campo cubierto por el consentimiento.</translation>
    </message>
    <message>
        <source>This query was merged into another; record it there.</source>
        <translation>Esta consulta se ha fusionado en otra; regístrelo en esa otra.</translation>
    </message>
    <message>
        <source>A consent cannot be given before the query was received (%1).</source>
        <translation>No se puede otorgar un consentimiento antes de la recepción de la consulta (%1).</translation>
    </message>
    <message>
        <source>A consent cannot be dated in the future.</source>
        <translation>Un consentimiento no puede tener una fecha futura.</translation>
    </message>
    <message>
        <source>A partner the consent names is not in the directory.</source>
        <translation>Un socio mencionado en el consentimiento no figura en el directorio.</translation>
    </message>
    <message>
        <source>Consent recorded (%1, %2) to share %3 with %4</source>
        <translation>Consentimiento registrado (%1, %2) para compartir %3 con %4</translation>
    </message>
    <message>
        <source>Give the reason the consent was withdrawn.</source>
        <translation>Indique el motivo de la retirada del consentimiento.</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>No existe ese consentimiento.</translation>
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation>Este consentimiento ya se ha retirado.</translation>
    </message>
    <message>
        <source>A withdrawal cannot be dated in the future.</source>
        <translation>Una retirada no puede tener una fecha futura.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given (%1).</source>
        <translation>Un consentimiento no puede retirarse antes de haberse otorgado (%1).</translation>
    </message>
    <message>
        <source>Consent of %1 withdrawn on %2: it covers nothing from now on</source>
        <translation>Consentimiento del %1 retirado el %2: ya no cubre nada a partir de ahora</translation>
    </message>
    <message>
        <source>expertise: %1</source>
        <translation>áreas de especialización: %1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>región: %1</translation>
    </message>
    <message>
        <source>works in %1</source>
        <translation>idioma de trabajo: %1</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Remisión a %1</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Contact at the partner</source>
        <translation>Contacto en el socio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Covered (consent %1)</source>
        <translation>Cubierto (consentimiento %1)</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Cubierto</translation>
    </message>
    <message>
        <source>OVERRIDE by %1: %2</source>
        <translation>EXCEPCIÓN aplicada por %1: %2</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Campos compartidos</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Propuesta el</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motivo de la situación</translation>
    </message>
    <message>
        <source>Route chosen at triage: referral to a partner.</source>
        <translation>Vía elegida en la clasificación: remisión a un socio.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::AboutDialog</name>
    <message>
        <source>About Advice Hub</source>
        <translation>Acerca de Advice Hub</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Advice Hub %1&lt;/h2&gt;&lt;p&gt;Confidential case management for the Secretariat of the Convention against Torture Initiative (CTI): technical queries from governments, referrals to partners, responses and Core State briefings.&lt;/p&gt;&lt;p&gt;All records are kept in one encrypted vault on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher %3, libsodium %4 and zxcvbn.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Advice Hub %1&lt;/h2&gt;&lt;p&gt;Gestión confidencial de casos para la Secretaría de la Iniciativa sobre la Convención contra la Tortura (CTI): consultas técnicas de los gobiernos, remisiones a socios, respuestas y sesiones informativas para los Estados núcleo.&lt;/p&gt;&lt;p&gt;Todos los registros se guardan en una única bóveda cifrada en este ordenador. No se envía nada a ninguna parte.&lt;/p&gt;&lt;p&gt;Creado con Qt %2, SQLCipher %3, libsodium %4 y zxcvbn.&lt;/p&gt;&lt;p&gt;Publicado bajo la Licencia Apache, versión 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::AdvisersDialog</name>
    <message>
        <source>Advisers</source>
        <translation>Asesores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Ca&amp;mbiar nombre</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A former adviser keeps their name on everything they did, but cannot be assigned new queries or chosen at unlock.</source>
        <translation>Un antiguo asesor conserva su nombre en todo lo que hizo, pero no se le pueden asignar consultas nuevas ni se le puede elegir al desbloquear.</translation>
    </message>
    <message>
        <source>former</source>
        <translation>antiguo</translation>
    </message>
    <message>
        <source>working now</source>
        <translation>trabajando ahora</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reactivar</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::AttachmentViewer</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Advice Hub cannot show files of type %1.</source>
        <translation>Advice Hub no puede mostrar archivos de tipo %1.</translation>
    </message>
    <message>
        <source>Save a Copy… to open it with another program — the copy is outside the vault.</source>
        <translation>Use Guardar una copia… para abrirlo con otro programa — la copia queda fuera de la bóveda.</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>%1 is too large to show here (%2; Advice Hub shows files up to %3).</source>
        <translation>%1 es demasiado grande para mostrarlo aquí (%2; Advice Hub muestra archivos de hasta %3).</translation>
    </message>
    <message>
        <source>First Page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Last Page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected in a way Advice Hub cannot open.</source>
        <translation>%1 está protegido de una forma que Advice Hub no puede abrir.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a valid PDF: it cannot be shown.</source>
        <translation>%1 está dañado o no es un PDF válido: no se puede mostrar.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password was not correct. Password of %1:</source>
        <translation>La contraseña no era correcta. Contraseña de %1:</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Password:</source>
        <translation>%1 está protegido con contraseña. Contraseña:</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 está protegido con contraseña.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>Match %1 of %2 (page %3).</source>
        <translation>Coincidencia %1 de %2 (página %3).</translation>
    </message>
    <message>
        <source>Find text first (Ctrl+F): the match found is copied.</source>
        <translation>Busque primero un texto (Ctrl+F): se copia la coincidencia encontrada.</translation>
    </message>
    <message>
        <source>Copied (cleared from the clipboard after a short while).</source>
        <translation>Copiado (se borra del portapapeles al cabo de poco tiempo).</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an image Advice Hub can read.</source>
        <translation>%1 está dañado o no es una imagen que Advice Hub pueda leer.</translation>
    </message>
    <message>
        <source>%1 claims to be %2 × %3 pixels: too large to show (Advice Hub shows images up to %4 megapixels). Save a Copy… to open it with another program.</source>
        <translation>%1 declara medir %2 × %3 píxeles: es demasiado grande para mostrarlo (Advice Hub muestra imágenes de hasta %4 megapíxeles). Use Guardar una copia… para abrirlo con otro programa.</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>No se ha podido leer %1 como imagen: %2</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Rotate Left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <source>Rotate Right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>%1 cannot be shown as text.</source>
        <translation>%1 no se puede mostrar como texto.</translation>
    </message>
    <message>
        <source>%1 cannot be shown as text: %2</source>
        <translation>%1 no se puede mostrar como texto: %2</translation>
    </message>
    <message numerus="yes">
        <source>Only the beginning of the file is shown (%n character(s)).</source>
        <translation>
            <numerusform>Solo se muestra el comienzo del archivo (%n carácter).</numerusform>
            <numerusform>Solo se muestra el comienzo del archivo (%n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>A copy was saved to %1. It is outside the vault: it is not encrypted, and deleting the attachment does not delete it.</source>
        <translation>Se ha guardado una copia en %1. Está fuera de la bóveda: no está cifrada, y eliminar el archivo adjunto no la elimina.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Añadido el</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>No attachment yet: Add Attachment… or drop files here. They are kept encrypted in the vault.</source>
        <translation>Todavía no hay archivos adjuntos: use Añadir un archivo adjunto… o suelte archivos aquí. Se conservan cifrados en la bóveda.</translation>
    </message>
    <message>
        <source>Add A&amp;ttachment…</source>
        <translation>Añadir un archivo ad&amp;junto…</translation>
    </message>
    <message>
        <source>Open Attac&amp;hment</source>
        <translation>Abrir el arc&amp;hivo adjunto</translation>
    </message>
    <message>
        <source>Save a &amp;Copy of the Attachment…</source>
        <translation>Guardar una &amp;copia del archivo adjunto…</translation>
    </message>
    <message>
        <source>Edit Attachment &amp;Description…</source>
        <translation>Editar la &amp;descripción del archivo adjunto…</translation>
    </message>
    <message>
        <source>Remove Attachment…</source>
        <translation>Eliminar el archivo adjunto…</translation>
    </message>
    <message>
        <source>Attach files to the query: they are kept encrypted in the vault.</source>
        <translation>Adjuntar archivos a la consulta: se conservan cifrados en la bóveda.</translation>
    </message>
    <message>
        <source>A merged query's attachments are kept as they were; add them to the query it was merged into.</source>
        <translation>Los archivos adjuntos de una consulta fusionada se conservan tal como estaban; añádalos a la consulta en la que se fusionó.</translation>
    </message>
    <message>
        <source>Choose who is working (Vault ▸ Switch Adviser…) to attach files.</source>
        <translation>Elija quién está trabajando (Bóveda ▸ Cambiar de asesor…) para adjuntar archivos.</translation>
    </message>
    <message>
        <source>The attachments could not be read: %1</source>
        <translation>No se han podido leer los archivos adjuntos: %1</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 bytes</translation>
    </message>
    <message numerus="yes">
        <source>Found in attachment %1</source>
        <translation>
            <numerusform>Encontrado en el archivo adjunto %1</numerusform>
            <numerusform>Encontrado en los archivos adjuntos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>Añadir un archivo adjunto</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Files are being attached; drop these once they are in.</source>
        <translation>Se están adjuntando archivos; suelte estos cuando hayan terminado.</translation>
    </message>
    <message>
        <source>Files can be attached once a query is shown and an adviser is working.</source>
        <translation>Se pueden adjuntar archivos cuando se muestra una consulta y hay un asesor trabajando.</translation>
    </message>
    <message>
        <source>%1: only files on this computer can be attached, not addresses.</source>
        <translation>%1: solo se pueden adjuntar archivos de este ordenador, no direcciones.</translation>
    </message>
    <message>
        <source>%1: a folder cannot be attached; attach the files in it.</source>
        <translation>%1: no se puede adjuntar una carpeta; adjunte los archivos que contiene.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Añadiendo %1…</translation>
    </message>
    <message>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>Añadiendo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln añadido</numerusform>
            <numerusform>%Ln añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled (nothing of it kept)</source>
        <translation>
            <numerusform>%Ln cancelado (no se ha conservado nada de él)</numerusform>
            <numerusform>%Ln cancelados (no se ha conservado nada de ellos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln rechazado</numerusform>
            <numerusform>%Ln rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments: %1.</source>
        <translation>Archivos adjuntos: %1.</translation>
    </message>
    <message>
        <source>%1:

%2</source>
        <translation>%1:

%2</translation>
    </message>
    <message>
        <source>Adding cancelled; nothing was attached.</source>
        <translation>Adición cancelada; no se ha adjuntado nada.</translation>
    </message>
    <message>
        <source>Description saved.</source>
        <translation>Descripción guardada.</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>Eliminar el archivo adjunto</translation>
    </message>
    <message>
        <source>Remove %1 from this query?

Its content is deleted from the vault; the timeline keeps a record of its name and fingerprint.</source>
        <translation>¿Eliminar %1 de esta consulta?

Su contenido se borra de la bóveda; el historial conserva constancia de su nombre y de su huella digital.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Entrada del historial</translation>
    </message>
    <message>
        <source>&amp;Link to Timeline Entry…</source>
        <translation>&amp;Vincular a una entrada del historial…</translation>
    </message>
    <message>
        <source>Entry #%1</source>
        <translation>Entrada n.º %1</translation>
    </message>
    <message>
        <source>Attach Files to %1</source>
        <translation>Adjuntar archivos a %1</translation>
    </message>
    <message>
        <source>the Entry</source>
        <translation>la entrada</translation>
    </message>
    <message>
        <source>Link to Timeline Entry</source>
        <translation>Vincular a una entrada del historial</translation>
    </message>
    <message>
        <source>Timeline entry saved.</source>
        <translation>Entrada del historial guardada.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::BackupDialog</name>
    <message>
        <source>Back Up Vault</source>
        <translation>Copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Protect the backup with a &amp;different passphrase</source>
        <translation>Proteger la copia con una frase de contraseña &amp;distinta</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>&amp;Hacer copia</translation>
    </message>
    <message>
        <source>The backup is a second encrypted vault file. It is checked after writing and only then put in place; it opens with the vault's passphrase unless you choose another.</source>
        <translation>La copia de seguridad es un segundo archivo de bóveda cifrado. Se comprueba después de escribirla y solo entonces se coloca en su sitio; se abre con la frase de contraseña de la bóveda, salvo que elija otra.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de la copia:</translation>
    </message>
    <message>
        <source>Vault's &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la bóveda:</translation>
    </message>
    <message>
        <source>&amp;Backup passphrase:</source>
        <translation>Frase de contraseña de la &amp;copia:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Backup File</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv)</source>
        <translation>Bóvedas de Advice Hub (*.ahv)</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>Las dos frases de contraseña de la copia no coinciden.</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the vault itself.</source>
        <translation>Elija otro archivo: una copia de seguridad no puede reemplazar la propia bóveda.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new backup once that is verified?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo por la nueva copia de seguridad una vez verificada?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::BriefingPackDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Dossier informativo</translation>
    </message>
    <message>
        <source>The queries of the list shown</source>
        <translation>Las consultas de la lista mostrada</translation>
    </message>
    <message>
        <source>The query selected in the list</source>
        <translation>La consulta seleccionada en la lista</translation>
    </message>
    <message>
        <source>A saved search</source>
        <translation>Una búsqueda guardada</translation>
    </message>
    <message>
        <source>Received in a period</source>
        <translation>Recibidas en un período</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recepción:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situación:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Saved &amp;search:</source>
        <translation>&amp;Búsqueda guardada:</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier informativo</translation>
    </message>
    <message>
        <source>e.g. 1 January – 31 March 2026</source>
        <translation>p. ej., 1 de enero – 31 de marzo de 2026</translation>
    </message>
    <message>
        <source>Each copy is numbered and recorded in the print register</source>
        <translation>Cada ejemplar se numera y consta en el registro de impresiones</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Prepared &amp;for:</source>
        <translation>Preparado p&amp;ara:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>&amp;Watermark:</source>
        <translation>&amp;Marca de agua:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>E&amp;jemplares:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>The queries cannot be found: %1</source>
        <translation>No se encuentran las consultas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n query(ies) in the pack.</source>
        <translation>
            <numerusform>%n consulta en el dossier.</numerusform>
            <numerusform>%n consultas en el dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No query: the list shown is empty.</source>
        <translation>Ninguna consulta: la lista mostrada está vacía.</translation>
    </message>
    <message>
        <source>No query: none is selected in the list.</source>
        <translation>Ninguna consulta: no hay ninguna seleccionada en la lista.</translation>
    </message>
    <message>
        <source>No query: there is no saved search.</source>
        <translation>Ninguna consulta: no hay ninguna búsqueda guardada.</translation>
    </message>
    <message>
        <source>No query: the saved search finds none.</source>
        <translation>Ninguna consulta: la búsqueda guardada no encuentra ninguna.</translation>
    </message>
    <message>
        <source>No query was received in this period with this status, region and theme.</source>
        <translation>No se recibió ninguna consulta en este período con esta situación, región y tema.</translation>
    </message>
    <message>
        <source>Queries chosen by hand</source>
        <translation>Consultas elegidas una a una</translation>
    </message>
    <message>
        <source>A reference (AH-2026-0042) or words from the query</source>
        <translation>Una referencia (AH-2026-0042) o palabras de la consulta</translation>
    </message>
    <message>
        <source>&amp;Add ▸</source>
        <translation>&amp;Añadir ▸</translation>
    </message>
    <message>
        <source>Add the queries selected on the left to the pack (or double-click one)</source>
        <translation>Añadir al dossier las consultas seleccionadas a la izquierda (o hacer doble clic en una)</translation>
    </message>
    <message>
        <source>◂ &amp;Remove</source>
        <translation>◂ &amp;Quitar</translation>
    </message>
    <message>
        <source>Take the queries selected on the right out of the pack (Delete)</source>
        <translation>Quitar del dossier las consultas seleccionadas a la derecha (Supr)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>In the pack (drag to reorder):</source>
        <translation>En el dossier (arrastrar para reordenar):</translation>
    </message>
    <message>
        <source>Only the %1 newest matches are listed; type more words to narrow them.</source>
        <translation>Solo se muestran las %1 coincidencias más recientes; escriba más palabras para acotarlas.</translation>
    </message>
    <message>
        <source>No query matches.</source>
        <translation>Ninguna consulta coincide.</translation>
    </message>
    <message>
        <source>No query: find queries and add them to the pack.</source>
        <translation>Ninguna consulta: busque consultas y añádalas al dossier.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Repita la nueva:</translation>
    </message>
    <message>
        <source>The whole vault is re-encrypted under the new passphrase. Existing backups keep the passphrase they were made with.</source>
        <translation>Toda la bóveda se vuelve a cifrar con la nueva frase de contraseña. Las copias de seguridad existentes conservan la frase de contraseña con la que se hicieron.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ChooseAdviserDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <source>Changes you make are recorded with this name:</source>
        <translation>Los cambios que haga se registran con este nombre:</translation>
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
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Some columns of the file are not named as Advice Hub expects. Choose what each column holds; columns set to “ignore” are not imported.</source>
        <translation>Algunas columnas del archivo no tienen el nombre que espera Advice Hub. Elija qué contiene cada columna; las columnas marcadas como «ignorar» no se importan.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a column of the file for: %1.</source>
        <translation>Elija una columna del archivo para: %1.</translation>
    </message>
    <message>
        <source>Each field can come from one column only: %1.</source>
        <translation>Cada campo solo puede proceder de una columna: %1.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ConflictBanner</name>
    <message>
        <source>&amp;Reload Their Version</source>
        <translation>&amp;Recargar su versión</translation>
    </message>
    <message>
        <source>Show what is saved now; your changes here are discarded</source>
        <translation>Mostrar lo que está guardado ahora; sus cambios aquí se descartan</translation>
    </message>
    <message>
        <source>Save &amp;Mine Anyway</source>
        <translation>Guardar la &amp;mía de todos modos</translation>
    </message>
    <message>
        <source>Replace the other change with what you see here</source>
        <translation>Reemplazar el otro cambio por lo que ve aquí</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ConsentDialog</name>
    <message>
        <source>Record Consent for %1</source>
        <translation>Registrar un consentimiento para %1</translation>
    </message>
    <message>
        <source>Who gave it, for the State</source>
        <translation>Quién lo otorgó en nombre del Estado</translation>
    </message>
    <message>
        <source>e.g. Director, Human Rights Department</source>
        <translation>p. ej., Director, Departamento de Derechos Humanos</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Buscar un socio</translation>
    </message>
    <message>
        <source>e.g. the reference of the note verbale, conditions the State set</source>
        <translation>p. ej., la referencia de la nota verbal, las condiciones fijadas por el Estado</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Otorgado el:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>Given by (&amp;name) *:</source>
        <translation>Otorgado por (&amp;nombre) *:</translation>
    </message>
    <message>
        <source>Given by (&amp;function):</source>
        <translation>Otorgado por (&amp;cargo):</translation>
    </message>
    <message>
        <source>For &amp;partners *:</source>
        <translation>Para los &amp;socios *:</translation>
    </message>
    <message>
        <source>For &amp;fields *:</source>
        <translation>Para los ca&amp;mpos *:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>&amp;Record Consent</source>
        <translation>&amp;Registrar el consentimiento</translation>
    </message>
    <message>
        <source>A consent counts for a referral only if it names the referral's partner and every field the referral shares.</source>
        <translation>Un consentimiento solo vale para una remisión si menciona al socio de la remisión y todos los campos que esta comparte.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::CreateVaultWizard</name>
    <message>
        <source>Choose where the vault file will be stored.</source>
        <translation>Elija dónde se guardará el archivo de la bóveda.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name; Advice Hub never overwrites a file.</source>
        <translation>Ya existe un archivo con este nombre. Elija otro nombre; Advice Hub nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Advice Hub cannot write in the folder %1.</source>
        <translation>Advice Hub no puede escribir en la carpeta %1.</translation>
    </message>
    <message>
        <source>Create a Vault</source>
        <translation>Crear una bóveda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Where should the vault be kept?</source>
        <translation>¿Dónde debe guardarse la bóveda?</translation>
    </message>
    <message>
        <source>The vault is one encrypted file. Everything you record in Advice Hub stays inside it.</source>
        <translation>La bóveda es un único archivo cifrado. Todo lo que registre en Advice Hub permanece dentro de ella.</translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation>A&amp;rchivo de la bóveda:</translation>
    </message>
    <message>
        <source>Keep the vault on this computer's own disk, preferably on an encrypted drive. Make backups with Vault ▸ Back Up once it holds work.</source>
        <translation>Guarde la bóveda en el disco propio de este ordenador, preferiblemente en una unidad cifrada. Haga copias de seguridad con Bóveda ▸ Crear copia de seguridad en cuanto contenga trabajo.</translation>
    </message>
    <message>
        <source>Vault File</source>
        <translation>Archivo de la bóveda</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv)</source>
        <translation>Bóvedas de Advice Hub (*.ahv)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>Several unrelated words make a passphrase that is easy to remember and hard to guess. There is no way to recover a forgotten passphrase.</source>
        <translation>Varias palabras sin relación entre sí forman una frase de contraseña fácil de recordar y difícil de adivinar. No hay forma de recuperar una frase de contraseña olvidada.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Ready to create the vault</source>
        <translation>Todo listo para crear la bóveda</translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>The vault will be created as
%1

Its key is derived from your passphrase with Argon2id (256 MiB of memory), and every page is encrypted with AES-256 by SQLCipher. Opening the vault takes about half a second.</source>
        <translation>La bóveda se creará como
%1

Su clave se deriva de su frase de contraseña con Argon2id (256 MiB de memoria) y SQLCipher cifra cada página con AES-256. Abrir la bóveda tarda aproximadamente medio segundo.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DateRangeButton</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1: desde el %2</translation>
    </message>
    <message>
        <source>%1: until %2</source>
        <translation>%1: hasta el %2</translation>
    </message>
    <message>
        <source>%1: any date</source>
        <translation>%1: cualquier fecha</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DescriptionDialog</name>
    <message>
        <source>Description of %1</source>
        <translation>Descripción de %1</translation>
    </message>
    <message>
        <source>What the file is (up to %L1 characters):</source>
        <translation>Qué es el archivo (hasta %L1 caracteres):</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftActions</name>
    <message>
        <source>New &amp;Draft…</source>
        <translation>Nuevo &amp;borrador…</translation>
    </message>
    <message>
        <source>&amp;Open Draft</source>
        <translation>&amp;Abrir el borrador</translation>
    </message>
    <message>
        <source>Remo&amp;ve Draft…</source>
        <translation>E&amp;liminar el borrador…</translation>
    </message>
    <message>
        <source>Open Draft</source>
        <translation>Abrir el borrador</translation>
    </message>
    <message>
        <source>Draft created.</source>
        <translation>Borrador creado.</translation>
    </message>
    <message>
        <source>Remove Draft</source>
        <translation>Eliminar el borrador</translation>
    </message>
    <message numerus="yes">
        <source>Remove the draft “%1” with its %n version(s)? The query's timeline keeps a note that it existed, not its text.</source>
        <translation>
            <numerusform>¿Eliminar el borrador «%1» con %n versión? El historial de la consulta conserva constancia de que existió, pero no su texto.</numerusform>
            <numerusform>¿Eliminar el borrador «%1» con sus %n versiones? El historial de la consulta conserva constancia de que existió, pero no su texto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft removed.</source>
        <translation>Borrador eliminado.</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>The kept text does not say which draft it belongs to.</source>
        <translation>El texto conservado no indica a qué borrador pertenece.</translation>
    </message>
    <message>
        <source>Draft &amp;Properties…</source>
        <translation>&amp;Propiedades del borrador…</translation>
    </message>
    <message>
        <source>A sent draft is locked: its title, kind and language stay as they were when it was sent.</source>
        <translation>Un borrador enviado está bloqueado: su título, tipo e idioma se quedan como estaban al enviarlo.</translation>
    </message>
    <message>
        <source>Change the selected draft's title, kind or language (F2 in the list of drafts).</source>
        <translation>Cambiar el título, el tipo o el idioma del borrador seleccionado (F2 en la lista de borradores).</translation>
    </message>
    <message>
        <source>Its unsaved text (in its open editor or kept in the vault) goes too.</source>
        <translation>Su texto sin guardar (en su editor abierto o conservado en la bóveda) se elimina también.</translation>
    </message>
    <message>
        <source>Draft Properties</source>
        <translation>Propiedades del borrador</translation>
    </message>
    <message>
        <source>Draft properties saved.</source>
        <translation>Propiedades del borrador guardadas.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftEditor</name>
    <message>
        <source>ODF text (*.odt)</source>
        <translation>Texto ODF (*.odt)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>The text could not be kept as unsaved work: %1</source>
        <translation>No se pudo conservar el texto como trabajo no guardado: %1</translation>
    </message>
    <message>
        <source>Pasted without what a draft cannot hold: %1.</source>
        <translation>Pegado sin lo que un borrador no puede contener: %1.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Add to Vault Dictionary</source>
        <translation>Añadir al diccionario de la bóveda</translation>
    </message>
    <message>
        <source>Added to the vault's %1 dictionary.</source>
        <translation>Añadido al diccionario ortográfico de la bóveda (%1).</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Subrayado</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Párrafo</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Encabezado &amp;1</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Encabezado &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Encabezado &amp;3</translation>
    </message>
    <message>
        <source>&amp;Bulleted List</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Lista &amp;numerada</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Enlace…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation>&amp;Guardar la versión</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Clearance…</source>
        <translation>&amp;Enviar para aprobación…</translation>
    </message>
    <message>
        <source>&amp;Request Changes…</source>
        <translation>&amp;Solicitar cambios…</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Mark &amp;Sent…</source>
        <translation>&amp;Marcar como enviado…</translation>
    </message>
    <message>
        <source>Cop&amp;y into New Draft</source>
        <translation>&amp;Copiar en un nuevo borrador</translation>
    </message>
    <message>
        <source>&amp;Version History…</source>
        <translation>&amp;Historial de versiones…</translation>
    </message>
    <message>
        <source>Insert from &amp;Precedents…</source>
        <translation>&amp;Insertar desde precedentes…</translation>
    </message>
    <message>
        <source>&amp;Export Draft…</source>
        <translation>E&amp;xportar el borrador…</translation>
    </message>
    <message>
        <source>Copy as &amp;Rich Text</source>
        <translation>Copiar como texto &amp;enriquecido</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
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
        <translation>• Lista</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>What changed (optional, kept with the version)</source>
        <translation>Qué ha cambiado (opcional, se conserva con la versión)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search tools and references</source>
        <translation>Buscar herramientas y referencias</translation>
    </message>
    <message>
        <source>Insert &amp;Citation</source>
        <translation>Insertar &amp;cita</translation>
    </message>
    <message>
        <source>&amp;Library Panel</source>
        <translation>Panel de la &amp;biblioteca</translation>
    </message>
    <message>
        <source>%1 — %2 (version %3)</source>
        <translation>%1 — %2 (versión %3)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · version %4</source>
        <translation>%1 · %2 · %3 · versión %4</translation>
    </message>
    <message>
        <source> — version %1 cleared by %2%3</source>
        <translation> — versión %1 aprobada por %2%3</translation>
    </message>
    <message>
        <source> (self-cleared)</source>
        <translation> (autoaprobada)</translation>
    </message>
    <message>
        <source>Sent on %1 by %2 — locked. This is the text as sent (version %3): it can be read, exported and copied into a new draft, never changed.</source>
        <translation>Enviado el %1 por %2 — bloqueado. Este es el texto tal como se envió (versión %3): puede leerse, exportarse y copiarse en un nuevo borrador, pero nunca modificarse.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <source>an unrecorded channel</source>
        <translation>un canal no registrado</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved text kept in the vault at %1.</source>
        <translation>Texto no guardado conservado en la bóveda a las %1.</translation>
    </message>
    <message>
        <source>the text of a draft being edited</source>
        <translation>el texto de un borrador en curso de edición</translation>
    </message>
    <message>
        <source>Draft “%1” of %2 (based on version %3)</source>
        <translation>Borrador «%1» de %2 (basado en la versión %3)</translation>
    </message>
    <message>
        <source>Text of this draft that was not saved was kept on %1%2. Restore it? (Discard removes it for good; Cancel leaves it kept for later.)</source>
        <translation>Se conservó texto no guardado de este borrador el %1%2. ¿Restaurarlo? (Descartar lo elimina definitivamente; Cancelar lo conserva para más tarde.)</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>It was based on version %1; version %2 has been saved since.</source>
        <translation>Se basaba en la versión %1; desde entonces se ha guardado la versión %2.</translation>
    </message>
    <message>
        <source>Unsaved Text</source>
        <translation>Texto no guardado</translation>
    </message>
    <message>
        <source>This draft has been sent since the text was kept: it can no longer change. Copy it into a new draft to use the kept text.</source>
        <translation>Este borrador se ha enviado desde que se conservó el texto: ya no puede modificarse. Cópielo en un nuevo borrador para utilizar el texto conservado.</translation>
    </message>
    <message>
        <source>The kept text is back. Save it (Ctrl+S) to make it a version.</source>
        <translation>Se ha restaurado el texto conservado. Guárdelo (Ctrl+S) para convertirlo en una versión.</translation>
    </message>
    <message>
        <source>This draft was sent: it is locked and cannot be saved.</source>
        <translation>Este borrador se ha enviado: está bloqueado y no puede guardarse.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Guardar versión</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message>
        <source>Save the changes first (Ctrl+S): clearance is about a saved version, not the text being edited.</source>
        <translation>Guarde primero los cambios (Ctrl+S): la aprobación se refiere a una versión guardada, no al texto que se está editando.</translation>
    </message>
    <message>
        <source>Submitted for clearance.</source>
        <translation>Enviado para aprobación.</translation>
    </message>
    <message>
        <source>Changes requested.</source>
        <translation>Cambios solicitados.</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>Aprobado.</translation>
    </message>
    <message>
        <source>Marked sent: the draft is locked.</source>
        <translation>Marcado como enviado: el borrador está bloqueado.</translation>
    </message>
    <message>
        <source>Submit for Clearance</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <source>Copy into New Draft</source>
        <translation>Copiar en un nuevo borrador</translation>
    </message>
    <message>
        <source>Export Draft</source>
        <translation>Exportar borrador</translation>
    </message>
    <message>
        <source>Version %1 exported (the unsaved changes are not in it).</source>
        <translation>Versión %1 exportada (los cambios no guardados no se incluyen).</translation>
    </message>
    <message>
        <source>Version %1 exported.</source>
        <translation>Versión %1 exportada.</translation>
    </message>
    <message>
        <source>Copy as Rich Text</source>
        <translation>Copiar como texto enriquecido</translation>
    </message>
    <message>
        <source>Copied as rich text (cleared from the clipboard after a short while).</source>
        <translation>Copiado como texto enriquecido (se borra del portapapeles al cabo de poco tiempo).</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Address (https:, http: or mailto:):</source>
        <translation>Dirección (https:, http: o mailto:):</translation>
    </message>
    <message>
        <source>A link must be an https:, http: or mailto: address.</source>
        <translation>Un enlace debe ser una dirección https:, http: o mailto:.</translation>
    </message>
    <message>
        <source>Insert from Precedents</source>
        <translation>Insertar desde precedentes</translation>
    </message>
    <message>
        <source>Text of the precedent inserted; its reuse is recorded on the timeline.</source>
        <translation>Texto del precedente insertado; su reutilización queda registrada en el historial.</translation>
    </message>
    <message>
        <source>Insert Citation</source>
        <translation>Insertar cita</translation>
    </message>
    <message>
        <source>Citation inserted.</source>
        <translation>Cita insertada.</translation>
    </message>
    <message>
        <source>Close Draft</source>
        <translation>Cerrar borrador</translation>
    </message>
    <message>
        <source>Save the changes to this draft as a new version before closing?</source>
        <translation>¿Guardar los cambios de este borrador como nueva versión antes de cerrarlo?</translation>
    </message>
    <message>
        <source>Show the newest saved version; the text typed here since the last save is discarded</source>
        <translation>Mostrar la última versión guardada; el texto escrito aquí desde el último guardado se descarta</translation>
    </message>
    <message>
        <source>Save the text typed here as the next version; the other version stays in the history</source>
        <translation>Guardar el texto escrito aquí como la versión siguiente; la otra versión se queda en el historial</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; your text is still here.</source>
        <translation>%1 No se guardó nada; su texto sigue aquí.</translation>
    </message>
    <message>
        <source>Not saved: the draft changed meanwhile.</source>
        <translation>No guardado: el borrador cambió mientras tanto.</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Recargar su versión</translation>
    </message>
    <message>
        <source>Version %1 reloaded.</source>
        <translation>Versión %1 recargada.</translation>
    </message>
    <message>
        <source>This draft was marked sent meanwhile: it is locked. Copy your text into a new draft to keep it.</source>
        <translation>Este borrador se marcó como enviado mientras tanto: está bloqueado. Copie su texto en un borrador nuevo para conservarlo.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftPropertiesDialog</name>
    <message>
        <source>Draft Properties</source>
        <translation>Propiedades del borrador</translation>
    </message>
    <message>
        <source>The text and its versions stay as they are; the change is recorded on the query's timeline. The language also chooses the spelling dictionary.</source>
        <translation>El texto y sus versiones no cambian; el cambio queda registrado en el historial de la consulta. El idioma elige también el diccionario ortográfico.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Someone else changed this draft while this dialog was open. It is now titled “%1” (%2, %3). Save again to replace that with the values above, or Cancel to keep it.</source>
        <translation>Otra persona cambió este borrador mientras este diálogo estaba abierto. Ahora se titula «%1» (%2, %3). Guarde de nuevo para reemplazarlo por los valores de arriba, o Cancele para conservarlo.</translation>
    </message>
    <message>
        <source>Discard your changes to the draft's title, kind and language?</source>
        <translation>¿Descartar sus cambios en el título, el tipo y el idioma del borrador?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftStepDialog</name>
    <message>
        <source>Submit for Clearance</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <source>Version %1 of “%2” goes to the Head of Secretariat for clearance.</source>
        <translation>La versión %1 de «%2» se remite al jefe de la Secretaría para su aprobación.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Request Changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>Version %1 goes back to its author with your comment, kept with the version.</source>
        <translation>La versión %1 se devuelve a su autor con su comentario, que se conserva con la versión.</translation>
    </message>
    <message>
        <source>&amp;Request Changes</source>
        <translation>&amp;Solicitar cambios</translation>
    </message>
    <message>
        <source>Clear Draft</source>
        <translation>Aprobar borrador</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Mark Sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <source>The cleared version %1 is recorded as sent. From then on the draft is locked: it can be read, exported and copied, never changed.</source>
        <translation>La versión aprobada %1 se registra como enviada. A partir de entonces, el borrador queda bloqueado: puede leerse, exportarse y copiarse, pero nunca modificarse.</translation>
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation>&amp;Marcar como enviado</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Enviada &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Comment (required):</source>
        <translation>&amp;Comentario (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message numerus="yes">
        <source>You wrote this version and you are the only adviser of this vault: say why it is cleared without a second reader (at least %n characters). The clearance is recorded as a self-clearance.</source>
        <translation>
            <numerusform>Usted redactó esta versión y es el único asesor de esta bóveda: indique por qué se aprueba sin un segundo lector (al menos %n carácter). La aprobación se registra como autoaprobación.</numerusform>
            <numerusform>Usted redactó esta versión y es el único asesor de esta bóveda: indique por qué se aprueba sin un segundo lector (al menos %n caracteres). La aprobación se registra como autoaprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation>Paso desconocido.</translation>
    </message>
    <message>
        <source>Clearing version %1 approves it for sending. Any later edit sends the draft back to “Draft”.</source>
        <translation>Aprobar la versión %1 autoriza su envío. Cualquier modificación posterior devuelve el borrador al estado «Borrador».</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftTextEdit</name>
    <message>
        <source>(No suggestions)</source>
        <translation>(Sin sugerencias)</translation>
    </message>
    <message>
        <source>Add “%1” to Vault Dictionary</source>
        <translation>Añadir «%1» al diccionario ortográfico de la bóveda</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DraftsPanel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>No draft yet: New Draft (Ctrl+Shift+D) starts one, blank or from a template.</source>
        <translation>Aún no hay ningún borrador: Nuevo borrador (Ctrl+Shift+D) crea uno, en blanco o a partir de una plantilla.</translation>
    </message>
    <message>
        <source>Sent %1 (locked)</source>
        <translation>Enviado el %1 (bloqueado)</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::DueDateField</name>
    <message>
        <source>Use &amp;Default</source>
        <translation>Usar valor pre&amp;determinado</translation>
    </message>
    <message>
        <source>Let the due date follow the priority again</source>
        <translation>Hacer que la fecha límite vuelva a depender de la prioridad</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fijada a mano</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::EntryDialog</name>
    <message>
        <source>Link %1 to a Timeline Entry</source>
        <translation>Vincular %1 a una entrada del historial</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>The timeline entry the file came with (an e-mail received, a meeting):</source>
        <translation>La entrada del historial con la que llegó el archivo (un correo recibido, una reunión):</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::FirstAdviserDialog</name>
    <message>
        <source>Who Is Working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <source>This vault has no advisers yet. Every registration and change is recorded with the name of the adviser who made it; enter yours. Colleagues can be added later in Vault ▸ Advisers.</source>
        <translation>Esta bóveda aún no tiene asesores. Cada registro y cada cambio se guarda con el nombre del asesor que lo hizo; introduzca el suyo. Podrá añadir a sus colegas más tarde en Bóveda ▸ Asesores.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Look around without changing anything</source>
        <translation>Echar un vistazo sin cambiar nada</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::FollowUpsPage</name>
    <message>
        <source>&amp;Open Query</source>
        <translation>&amp;Abrir la consulta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Seguimientos (%1)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>Se&amp;guimientos</translation>
    </message>
    <message>
        <source>Follow-up date passed</source>
        <translation>Fecha de seguimiento pasada</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Seguimiento previsto para hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent, no reply after %n working day(s)</source>
        <translation>
            <numerusform>Enviada, sin respuesta tras %n día hábil</numerusform>
            <numerusform>Enviada, sin respuesta tras %n días hábiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n día hábil</numerusform>
            <numerusform>%n días hábiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No referral to follow up. Sent referrals are listed here after %n working day(s) without a reply (Edit ▸ Settings), and open ones once their follow-up date comes.</source>
        <translation>
            <numerusform>Ninguna remisión que seguir. Las remisiones enviadas aparecen aquí tras %n día hábil sin respuesta (Edición ▸ Configuración), y las abiertas en cuanto llega su fecha de seguimiento.</numerusform>
            <numerusform>Ninguna remisión que seguir. Las remisiones enviadas aparecen aquí tras %n días hábiles sin respuesta (Edición ▸ Configuración), y las abiertas en cuanto llega su fecha de seguimiento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) to follow up. Press Enter on one to open its query.</source>
        <translation>
            <numerusform>%n remisión que seguir. Pulse Intro sobre ella para abrir su consulta.</numerusform>
            <numerusform>%n remisiones que seguir. Pulse Intro sobre una de ellas para abrir su consulta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::HolidaysDialog</name>
    <message>
        <source>Office Holidays</source>
        <translation>Días festivos de la oficina</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Christmas Day</source>
        <translation>p. ej., Navidad</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Default due dates count working days (Monday to Friday) and skip these days. Due dates already set do not move.</source>
        <translation>Las fechas límite predeterminadas cuentan los días hábiles (de lunes a viernes) y omiten estos días. Las fechas límite ya fijadas no cambian.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ImportReportDialog</name>
    <message>
        <source>Import Refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing was added to the vault. Fix these problems in the file and import it again.</source>
        <translation>No se ha importado %1: no se ha añadido nada a la bóveda. Corrija estos problemas en el archivo e impórtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln fila leída</numerusform>
            <numerusform>%Ln filas leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>-problems.txt</source>
        <translation>-problemas.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se ha podido guardar el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::LibraryManagerDialog</name>
    <message>
        <source>Templates and Library</source>
        <translation>Plantillas y biblioteca</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Mostrar &amp;inactivos</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Nueva plantilla…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Filter by words of the title, description or citation</source>
        <translation>Filtrar por palabras del título, la descripción o la cita</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Show i&amp;nactive</source>
        <translation>Mostrar i&amp;nactivos</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>New &amp;Entry…</source>
        <translation>Nueva &amp;entrada…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>Des&amp;activar</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Rea&amp;ctivar</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>, came with the vault</source>
        <translation>, incluido con la bóveda</translation>
    </message>
    <message>
        <source>• %1: template forms are not kept at a lock</source>
        <translation>• %1: los formularios de plantilla no se conservan al bloquearse la bóveda</translation>
    </message>
    <message>
        <source>• %1: library forms are not kept at a lock</source>
        <translation>• %1: los formularios de biblioteca no se conservan al bloquearse la bóveda</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::LongOperation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::MainWindow</name>
    <message>
        <source>&amp;New Vault…</source>
        <translation>&amp;Nueva bóveda…</translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation>&amp;Abrir bóveda…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault now (%1)</source>
        <translation>Bloquear la bóveda ahora (%1)</translation>
    </message>
    <message>
        <source>Close the vault and clear everything it showed; the passphrase opens it again.</source>
        <translation>Cerrar la bóveda y borrar todo lo que mostraba; la frase de contraseña vuelve a abrirla.</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Check &amp;Integrity</source>
        <translation>Comprobar la &amp;integridad</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Crear copia de seguridad…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified copy of the vault to another file.</source>
        <translation>Escribir una copia cifrada y verificada de la bóveda en otro archivo.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Make a new vault from a backup file.</source>
        <translation>Crear una bóveda nueva a partir de un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Advisers…</source>
        <translation>As&amp;esores…</translation>
    </message>
    <message>
        <source>Add, rename or deactivate the Secretariat's advisers.</source>
        <translation>Añadir, renombrar o desactivar a los asesores de la Secretaría.</translation>
    </message>
    <message>
        <source>S&amp;witch Adviser…</source>
        <translation>Ca&amp;mbiar de asesor…</translation>
    </message>
    <message>
        <source>Choose who is recorded on the changes made from now on.</source>
        <translation>Elegir quién queda registrado en los cambios que se hagan a partir de ahora.</translation>
    </message>
    <message>
        <source>Office &amp;Holidays…</source>
        <translation>&amp;Días festivos de la oficina…</translation>
    </message>
    <message>
        <source>The days the office is closed; default due dates skip them.</source>
        <translation>Los días en que la oficina está cerrada; las fechas límite predeterminadas los omiten.</translation>
    </message>
    <message>
        <source>Vault &amp;Information…</source>
        <translation>Información de la bó&amp;veda…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Advice Hub</source>
        <translation>&amp;Acerca de Advice Hub</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueada</translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation>Ninguna bóveda abierta</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Advice Hub</source>
        <translation>Advice Hub</translation>
    </message>
    <message>
        <source>The demo vault holds fictional data only. Its passphrase is “%1”.</source>
        <translation>La bóveda de demostración solo contiene datos ficticios. Su frase de contraseña es «%1».</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Abrir bóveda</translation>
    </message>
    <message>
        <source>No adviser chosen</source>
        <translation>Ningún asesor elegido</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Trabajando como %1</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Bóveda desbloqueada.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La copia de seguridad automática ha fallado: %1</translation>
    </message>
    <message>
        <source>The backup was restored into the new vault %1. Open it now?</source>
        <translation>La copia de seguridad se ha restaurado en la nueva bóveda %1. ¿Desea abrirla ahora?</translation>
    </message>
    <message>
        <source>The backup was restored into the new vault %1. Open it now? The vault that is open now will be locked.</source>
        <translation>La copia de seguridad se ha restaurado en la nueva bóveda %1. ¿Desea abrirla ahora? La bóveda abierta ahora se bloqueará.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv);;All files (*)</source>
        <translation>Bóvedas de Advice Hub (*.ahv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Creating the demo vault…</source>
        <translation>Creando la bóveda de demostración…</translation>
    </message>
    <message>
        <source>Demo Vault</source>
        <translation>Bóveda de demostración</translation>
    </message>
    <message>
        <source>Advice Hub will close once the current operation has finished or been cancelled.</source>
        <translation>Advice Hub se cerrará en cuanto termine o se cancele la operación en curso.</translation>
    </message>
    <message>
        <source>An import or export was cancelled because the computer was going to sleep; nothing of it was kept.</source>
        <translation>Se canceló una importación o exportación porque el ordenador iba a suspenderse; no se ha conservado nada de ella.</translation>
    </message>
    <message>
        <source>%1 was not opened: Advice Hub is busy. Open it again once the current operation has finished.</source>
        <translation>%1 no se abrió: Advice Hub está ocupado. Vuelva a abrirlo cuando haya terminado la operación en curso.</translation>
    </message>
    <message>
        <source>Lock %1 and open %2? Unsaved work is kept in %1.</source>
        <translation>¿Bloquear %1 y abrir %2? El trabajo no guardado se conserva en %1.</translation>
    </message>
    <message>
        <source>Unsaved Work</source>
        <translation>Trabajo no guardado</translation>
    </message>
    <message numerus="yes">
        <source>When the vault locked, what was typed in %n open form(s) could not be kept in the vault, and was discarded:</source>
        <translation>
            <numerusform>Al bloquearse la bóveda, lo escrito en %n formulario abierto no pudo conservarse en la bóveda y se descartó:</numerusform>
            <numerusform>Al bloquearse la bóveda, lo escrito en %n formularios abiertos no pudo conservarse en la bóveda y se descartó:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Templates and Library…</source>
        <translation>&amp;Plantillas y biblioteca…</translation>
    </message>
    <message>
        <source>The letter templates and the library of CTI tools and references.</source>
        <translation>Las plantillas de cartas y la biblioteca de herramientas y referencias de la CTI.</translation>
    </message>
    <message>
        <source>Co&amp;mpact…</source>
        <translation>Compac&amp;tar…</translation>
    </message>
    <message>
        <source>Give back to the disk the space left by removed attachments and other deletions.</source>
        <translation>Devolver al disco el espacio que dejan los archivos adjuntos eliminados y otras eliminaciones.</translation>
    </message>
    <message>
        <source>&amp;Print Register…</source>
        <translation>Registro de im&amp;presiones…</translation>
    </message>
    <message>
        <source>Every print and PDF of the vault's documents: when, who, what, which profile.</source>
        <translation>Cada impresión y cada PDF de los documentos de la bóveda: cuándo, quién, qué y con qué perfil.</translation>
    </message>
    <message>
        <source>%1 — Advice Hub</source>
        <translation>%1 — Advice Hub</translation>
    </message>
    <message>
        <source>%1 (locked) — Advice Hub</source>
        <translation>%1 (bloqueada) — Advice Hub</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>A short guide to Advice Hub, from creating a vault to printing.</source>
        <translation>Una breve guía de Advice Hub, desde crear una bóveda hasta imprimir.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, searchable.</source>
        <translation>Todas las órdenes que tienen un atajo, con búsqueda.</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>%1 was not found. It has been removed from the recent vaults.</source>
        <translation>No se encontró %1. Se ha quitado de las bóvedas recientes.</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Show the window over the whole screen, without its frame</source>
        <translation>Mostrar la ventana en toda la pantalla, sin su marco</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::MultiSelectButton</name>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n seleccionado</numerusform>
            <numerusform>%1: %n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: cualquiera</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::NewDraftDialog</name>
    <message>
        <source>New Draft</source>
        <translation>Nuevo borrador</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>A blank page</source>
        <translation>Una página en blanco</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>The draft starts empty.</source>
        <translation>El borrador comienza vacío.</translation>
    </message>
    <message>
        <source>This query has no value for: %1. The draft shows a marker such as “[%2?]” in their place; fill them in before sending.</source>
        <translation>Esta consulta no tiene valor para: %1. El borrador muestra en su lugar un marcador como «[%2?]»; complételos antes del envío.</translation>
    </message>
    <message>
        <source>The template uses placeholders Advice Hub does not know: %1. They are left in the text as written.</source>
        <translation>La plantilla utiliza campos de combinación que Advice Hub no reconoce: %1. Se dejan en el texto tal como están escritos.</translation>
    </message>
    <message>
        <source>The template could not be filled; choose another or a blank page.</source>
        <translation>No se pudo completar la plantilla; elija otra o una página en blanco.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PartnerDialog</name>
    <message>
        <source>Edit Partner: %1</source>
        <translation>Editar el socio: %1</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <source>&amp;Strategic partner (preferred among equal suggestions)</source>
        <translation>&amp;Socio estratégico (preferido entre sugerencias equivalentes)</translation>
    </message>
    <message>
        <source>What the organisation does and how it works with the Secretariat</source>
        <translation>Qué hace la organización y cómo trabaja con la Secretaría</translation>
    </message>
    <message>
        <source>Internal notes (not shared with the partner)</source>
        <translation>Notas internas (no se comparten con el socio)</translation>
    </message>
    <message>
        <source>Areas of &amp;expertise</source>
        <translation>Áreas de es&amp;pecialización</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regiones</translation>
    </message>
    <message>
        <source>Working &amp;languages</source>
        <translation>&amp;Idiomas de trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>&amp;Añadir contacto</translation>
    </message>
    <message>
        <source>Re&amp;move Contact</source>
        <translation>&amp;Quitar contacto</translation>
    </message>
    <message>
        <source>Contacts are personal data: they leave the vault only with a referral that names them.</source>
        <translation>Los contactos son datos personales: solo salen de la bóveda con una remisión que los mencione.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>E&amp;xpertise and Reach</source>
        <translation>&amp;Especialización y alcance</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show the partner as it is saved now; your changes in this form are discarded</source>
        <translation>Mostrar el socio tal como está guardado ahora; se descartan los cambios hechos en este formulario</translation>
    </message>
    <message>
        <source>&amp;Add Partner</source>
        <translation>&amp;Añadir el socio</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message numerus="yes">
        <source>Active: offered for new referrals. %n referral(s) so far.</source>
        <translation>
            <numerusform>Activo: se ofrece para nuevas remisiones. %n remisión hasta ahora.</numerusform>
            <numerusform>Activo: se ofrece para nuevas remisiones. %n remisiones hasta ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive: kept with its %n referral(s), not offered for new ones.</source>
        <translation>
            <numerusform>Inactivo: se conserva con %n remisión, pero ya no se ofrece para otras nuevas.</numerusform>
            <numerusform>Inactivo: se conserva con %n remisiones, pero ya no se ofrece para otras nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>un asesor no identificado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivación</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modificación: %1</translation>
    </message>
    <message>
        <source>the edit of a partner</source>
        <translation>la edición de un socio</translation>
    </message>
    <message>
        <source>a new partner being added</source>
        <translation>un nuevo socio en proceso de alta</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n campo requiere atención; no se ha guardado nada.</numerusform>
            <numerusform>%n campos requieren atención; no se ha guardado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard what you typed in this partner form?</source>
        <translation>¿Descartar lo que ha escrito en este formulario de socio?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PartnersPage</name>
    <message>
        <source>&amp;New Partner…</source>
        <translation>&amp;Nuevo socio…</translation>
    </message>
    <message>
        <source>Add an organisation to the partner directory</source>
        <translation>Añadir una organización al directorio de socios</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>&amp;Editar el socio…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Keep the partner and its referrals, but no longer offer it for new referrals</source>
        <translation>Conservar el socio y sus remisiones, pero dejar de ofrecerlo para nuevas remisiones</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>De&amp;lete Partner…</source>
        <translation>E&amp;liminar el socio…</translation>
    </message>
    <message>
        <source>Delete a partner that never had a referral (one with referrals can be deactivated)</source>
        <translation>Eliminar un socio que nunca ha tenido remisiones (uno con remisiones se puede desactivar)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Show &amp;Inactive Partners</source>
        <translation>Mostrar los socios &amp;inactivos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Search name, acronym, description, expertise (%1)</source>
        <translation>Buscar en nombre, sigla, descripción y áreas de especialización (%1)</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Mostrar &amp;inactivos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Estratégico</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Áreas de especialización</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n socio</numerusform>
            <numerusform>%n socios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Socios</translation>
    </message>
    <message>
        <source>• %1: partner forms are not kept at a lock</source>
        <translation>• %1: los formularios de socio no se conservan al bloquearse la bóveda</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>This partner has referrals: it can be deactivated, not deleted</source>
        <translation>Este socio tiene remisiones: se puede desactivar, no eliminar</translation>
    </message>
    <message>
        <source>Delete a partner added by mistake</source>
        <translation>Eliminar un socio añadido por error</translation>
    </message>
    <message>
        <source>Partner added.</source>
        <translation>Socio añadido.</translation>
    </message>
    <message>
        <source>Partner saved.</source>
        <translation>Socio guardado.</translation>
    </message>
    <message>
        <source>Deactivate Partner</source>
        <translation>Desactivar el socio</translation>
    </message>
    <message>
        <source>Partner deactivated: kept with its referrals, no longer offered for new ones.</source>
        <translation>Socio desactivado: se conserva con sus remisiones, pero ya no se ofrece para otras nuevas.</translation>
    </message>
    <message>
        <source>Reactivate Partner</source>
        <translation>Reactivar el socio</translation>
    </message>
    <message>
        <source>Partner reactivated.</source>
        <translation>Socio reactivado.</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation>Eliminar el socio</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory? Only a partner added by mistake should be deleted.</source>
        <translation>¿Eliminar «%1» del directorio? Solo se debe eliminar un socio añadido por error.</translation>
    </message>
    <message>
        <source>Partner deleted.</source>
        <translation>Socio eliminado.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PassphraseField</name>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PendingEditsDialog</name>
    <message>
        <source>Unsaved Work</source>
        <translation>Trabajo sin guardar</translation>
    </message>
    <message>
        <source>The vault was locked while this was being written. It was kept in the vault, not saved. Restore it to finish it, or discard it.</source>
        <translation>La bóveda se bloqueó mientras se escribía esto. Se ha conservado en la bóveda, pero no se ha guardado. Restáurelo para terminarlo o descártelo.</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>conservado el %1</translation>
    </message>
    <message>
        <source>kept %1, %2</source>
        <translation>conservado el %1, %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Keep it in the vault and ask again at the next unlock</source>
        <translation>Conservarlo en la bóveda y volver a preguntar en el próximo desbloqueo</translation>
    </message>
    <message>
        <source>Discard this unsaved work? It cannot be recovered.</source>
        <translation>¿Descartar este trabajo sin guardar? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>This work could not be restored: %1 It is still kept; try again later.</source>
        <translation>No se pudo restaurar este trabajo: %1 Se sigue conservando; inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PickQueryDialog</name>
    <message>
        <source>Merge %1 into…</source>
        <translation>Fusionar %1 en…</translation>
    </message>
    <message>
        <source>Link %1 to…</source>
        <translation>Vincular %1 a…</translation>
    </message>
    <message>
        <source>%1 is a duplicate. Choose the query it duplicates: its timeline, links, themes and articles move there, and its reference will lead to that query.</source>
        <translation>%1 es un duplicado. Elija la consulta que duplica: su historial, vínculos, temas y artículos pasan a ella, y su referencia llevará a esa consulta.</translation>
    </message>
    <message>
        <source>Choose the query %1 is related to.</source>
        <translation>Elija la consulta con la que está relacionada %1.</translation>
    </message>
    <message>
        <source>A reference (AH-2026-0042) or words from the query</source>
        <translation>Una referencia (AH-2026-0042) o palabras de la consulta</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Related query</source>
        <translation>Consulta relacionada</translation>
    </message>
    <message>
        <source>%1 follows up the chosen query</source>
        <translation>%1 es un seguimiento de la consulta elegida</translation>
    </message>
    <message>
        <source>&amp;Link as:</source>
        <translation>&amp;Tipo de vínculo:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>I checked that %1 is a duplicate; merging cannot be undone.</source>
        <translation>He comprobado que %1 es un duplicado; la fusión no se puede deshacer.</translation>
    </message>
    <message>
        <source>Only the %1 newest matches are listed; type more words to narrow them.</source>
        <translation>Solo se muestran las %1 coincidencias más recientes; escriba más palabras para acotarlas.</translation>
    </message>
    <message>
        <source>No other query matches.</source>
        <translation>Ninguna otra consulta coincide.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrecedentsDialog</name>
    <message>
        <source>Precedents</source>
        <translation>Precedentes</translation>
    </message>
    <message>
        <source>Words of earlier sent answers</source>
        <translation>Palabras de respuestas enviadas anteriormente</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Texto que buscar:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Only sent answers are found. Reusing text from a confidential query asks first, and every reuse is recorded on both queries' timelines (not the text).</source>
        <translation>Solo se encuentran respuestas enviadas. Reutilizar texto de una consulta confidencial requiere confirmación previa, y cada reutilización queda registrada en el historial de ambas consultas (sin el texto).</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>Reusing this text asks first and is recorded.</source>
        <translation>Reutilizar este texto requiere confirmación previa y queda registrado.</translation>
    </message>
    <message>
        <source>No sent answers yet.</source>
        <translation>Aún no hay respuestas enviadas.</translation>
    </message>
    <message>
        <source>No sent answer matches.</source>
        <translation>Ninguna respuesta enviada coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n sent answer(s) found.</source>
        <translation>
            <numerusform>Se ha encontrado %n respuesta enviada.</numerusform>
            <numerusform>Se han encontrado %n respuestas enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reuse Confidential Text</source>
        <translation>Reutilizar texto confidencial</translation>
    </message>
    <message>
        <source>The answer %1 was sent for a query marked “%2”.

Its text may identify the State or people concerned. Check the text before sending it elsewhere. The reuse will be recorded on both queries' timelines.

Insert it anyway?</source>
        <translation>La respuesta %1 se envió para una consulta marcada como «%2».

Su texto puede identificar al Estado o a las personas afectadas. Revise el texto antes de enviarlo a otro destinatario. La reutilización quedará registrada en el historial de ambas consultas.

¿Insertarlo de todos modos?</translation>
    </message>
    <message>
        <source>Nothing was inserted.</source>
        <translation>No se ha insertado nada.</translation>
    </message>
    <message>
        <source>&amp;Insert Anyway</source>
        <translation>&amp;Insertar de todos modos</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrintActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Preview the case summary of the query shown, under the print profile chosen</source>
        <translation>Mostrar la vista previa del resumen del caso de la consulta mostrada, con el perfil de impresión elegido</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the case summary of the query shown (recorded in the print register)</source>
        <translation>Imprimir el resumen del caso de la consulta mostrada (queda constancia en el registro de impresiones)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the case summary of the query shown as a PDF (recorded in the print register)</source>
        <translation>Guardar el resumen del caso de la consulta mostrada como PDF (queda constancia en el registro de impresiones)</translation>
    </message>
    <message>
        <source>Print Pro&amp;file</source>
        <translation>Per&amp;fil de impresión</translation>
    </message>
    <message>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;Dossier informativo…</translation>
    </message>
    <message>
        <source>Print or save a briefing pack of several queries</source>
        <translation>Imprimir o guardar un dossier informativo con varias consultas</translation>
    </message>
    <message>
        <source>Preview E&amp;xtract…</source>
        <translation>Vista previa del e&amp;xtracto…</translation>
    </message>
    <message>
        <source>Print E&amp;xtract…</source>
        <translation>Imprimir el e&amp;xtracto…</translation>
    </message>
    <message>
        <source>Print what the selected referral shares with its partner</source>
        <translation>Imprimir lo que la remisión seleccionada comparte con su socio</translation>
    </message>
    <message>
        <source>Save Extract as PDF…</source>
        <translation>Guardar el extracto como PDF…</translation>
    </message>
    <message>
        <source>Preview &amp;Letter…</source>
        <translation>Vista previa de la &amp;carta…</translation>
    </message>
    <message>
        <source>Preview the selected draft as a letter</source>
        <translation>Mostrar la vista previa del borrador seleccionado como carta</translation>
    </message>
    <message>
        <source>Print &amp;Letter…</source>
        <translation>Imprimir la &amp;carta…</translation>
    </message>
    <message>
        <source>Save Letter as PDF…</source>
        <translation>Guardar la carta como PDF…</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrintController</name>
    <message>
        <source>The number of copies must be from 1 to %1.</source>
        <translation>El número de ejemplares debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Printing goes through the system's print service, which keeps its own copy of what is printed (the print queue, or spool) outside the encrypted vault. Use Save as PDF… for a file that Advice Hub writes and records itself.</source>
        <translation>La impresión pasa por el servicio de impresión del sistema, que guarda su propia copia de lo que se imprime (la cola de impresión, o spool) fuera de la bóveda cifrada. Use Guardar como PDF… para obtener un archivo que Advice Hub escribe y registra por sí mismo.</translation>
    </message>
    <message>
        <source>Nothing was printed: Advice Hub prints only to a printer. Use Save as PDF… to write a file.</source>
        <translation>No se ha impreso nada: Advice Hub solo imprime en una impresora. Use Guardar como PDF… para escribir un archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was printed: this document already has %n numbered copies; print it with one copy in the print dialog.</source>
        <translation>
            <numerusform>No se ha impreso nada: este documento ya tiene %n ejemplar numerado; imprímalo con un solo ejemplar en el cuadro de diálogo de impresión.</numerusform>
            <numerusform>No se ha impreso nada: este documento ya tiene %n ejemplares numerados; imprímalo con un solo ejemplar en el cuadro de diálogo de impresión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>No se ha impreso nada: %1</translation>
    </message>
    <message>
        <source>The document was sent to the printer, but the print could not be recorded: %1</source>
        <translation>El documento se ha enviado a la impresora, pero no se ha podido registrar la impresión: %1</translation>
    </message>
    <message>
        <source>Sent to the printer; recorded in the print register.</source>
        <translation>Enviado a la impresora; consta en el registro de impresiones.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1; recorded in the print register.</source>
        <translation>%1 guardado; consta en el registro de impresiones.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrintPreviewDialog</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Ajustar a la &amp;página</translation>
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation>Página an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>No se ha podido generar la vista previa: %1</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::PrintRegisterDialog</name>
    <message>
        <source>Print Register</source>
        <translation>Registro de impresiones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>Query reference</source>
        <translation>Referencia de la consulta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Ejemplar</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Printer or PDF</source>
        <translation>Impresora o PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>The print register cannot be read: %1</source>
        <translation>No se puede leer el registro de impresiones: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) and PDF(s).</source>
        <translation>
            <numerusform>%n impresión o PDF.</numerusform>
            <numerusform>%n impresiones y PDF.</numerusform>
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
        <translation>&amp;Nueva consulta…</translation>
    </message>
    <message>
        <source>Register a query received from a State</source>
        <translation>Registrar una consulta recibida de un Estado</translation>
    </message>
    <message>
        <source>&amp;Edit Query…</source>
        <translation>&amp;Editar la consulta…</translation>
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation>&amp;Clasificar…</translation>
    </message>
    <message>
        <source>Set priority, due date, adviser and route, and mark the query as triaged</source>
        <translation>Fijar la prioridad, la fecha límite, el asesor y el tratamiento, y marcar la consulta como clasificada</translation>
    </message>
    <message>
        <source>Change &amp;Status</source>
        <translation>Cambiar la &amp;situación</translation>
    </message>
    <message>
        <source>&amp;Add to Timeline</source>
        <translation>&amp;Añadir al historial</translation>
    </message>
    <message>
        <source>&amp;Correct Entry…</source>
        <translation>C&amp;orregir una entrada…</translation>
    </message>
    <message>
        <source>Add a correction to the selected timeline entry (entries are never changed)</source>
        <translation>Añadir una corrección a la entrada del historial seleccionada (las entradas nunca se modifican)</translation>
    </message>
    <message>
        <source>&amp;Link to Query…</source>
        <translation>&amp;Vincular a una consulta…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicate into…</source>
        <translation>&amp;Fusionar el duplicado en…</translation>
    </message>
    <message>
        <source>&amp;Delete Query Registered by Mistake…</source>
        <translation>E&amp;liminar la consulta registrada por error…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Query</source>
        <translation>Consulta siguien&amp;te</translation>
    </message>
    <message>
        <source>Pre&amp;vious Query</source>
        <translation>Consulta ante&amp;rior</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation>&amp;Guardar la búsqueda actual…</translation>
    </message>
    <message>
        <source>Delete Saved Searc&amp;h</source>
        <translation>Eli&amp;minar la búsqueda guardada</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Register queries from a spreadsheet (CSV); a file with any invalid row imports nothing</source>
        <translation>Registrar consultas desde una hoja de cálculo (CSV); un archivo con cualquier fila no válida no importa nada</translation>
    </message>
    <message>
        <source>Chec&amp;k CSV File…</source>
        <translation>&amp;Comprobar un CSV…</translation>
    </message>
    <message>
        <source>Check every row of a spreadsheet (CSV) as an import would, without importing anything</source>
        <translation>Comprobar cada fila de una hoja de cálculo (CSV) como lo haría una importación, sin importar nada</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>E&amp;xportar la lista…</translation>
    </message>
    <message>
        <source>Write the queries of the list to a CSV or JSON file (recorded in their timelines)</source>
        <translation>Escribir las consultas de la lista en un archivo CSV o JSON (queda constancia en su historial)</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryCasework</name>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registrada.</translation>
    </message>
    <message>
        <source>%1 triaged.</source>
        <translation>%1 clasificada.</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Cambiar la situación</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1 está ahora en la situación «%2».</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Delete Query</source>
        <translation>Eliminar la consulta</translation>
    </message>
    <message>
        <source>Delete %1 “%2”? Only a query registered by mistake should be deleted; its reference number is not used again.</source>
        <translation>¿Eliminar %1 «%2»? Solo se debe eliminar una consulta registrada por error; su número de referencia no se volverá a usar.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 eliminada.</translation>
    </message>
    <message>
        <source>The query it was written for no longer exists.</source>
        <translation>La consulta para la que se escribió ya no existe.</translation>
    </message>
    <message>
        <source>The timeline entry it corrects could not be found.</source>
        <translation>No se encontró la entrada del historial que corrige.</translation>
    </message>
    <message>
        <source>This kind of unsaved work is not known to this version.</source>
        <translation>Esta versión no reconoce este tipo de trabajo no guardado.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryDetailPane</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Select a query to see it here.</source>
        <translation>Seleccione una consulta para verla aquí.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situación:</translation>
    </message>
    <message>
        <source>Requesting State:</source>
        <translation>Estado solicitante:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibida:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation>Asesor:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Tratamiento:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Confidencialidad:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>UNCAT articles:</source>
        <translation>Artículos de la Convención:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>Related queries</source>
        <translation>Consultas relacionadas</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority</source>
        <translation>%1 · %2 · prioridad: %3</translation>
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
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (fijada a mano)</translation>
    </message>
    <message>
        <source> — clock stopped since %1 (awaiting the requester)</source>
        <translation> — plazo detenido desde el %1 (a la espera del solicitante)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Vencida hace %n día.</numerusform>
            <numerusform>Vencida hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>sin decidir</translation>
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
        <translation>Registrado el %1 por %2</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>un asesor no identificado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>related</source>
        <translation>relacionada</translation>
    </message>
    <message>
        <source>this follows it up</source>
        <translation>esta es su seguimiento</translation>
    </message>
    <message>
        <source>follows this up</source>
        <translation>es un seguimiento de esta</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Remisiones</translation>
    </message>
    <message>
        <source>&amp;Referrals (%1)</source>
        <translation>&amp;Remisiones (%1)</translation>
    </message>
    <message>
        <source>%1 open, %2 in all</source>
        <translation>Abiertas: %1; total: %2</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Borradores</translation>
    </message>
    <message>
        <source>&amp;Drafts (%1)</source>
        <translation>&amp;Borradores (%1)</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Adjuntos</translation>
    </message>
    <message>
        <source>&amp;Attachments (%1)</source>
        <translation>&amp;Adjuntos (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Found in attachment %1</source>
        <translation>
            <numerusform>Encontrado en el archivo adjunto %1</numerusform>
            <numerusform>Encontrado en los archivos adjuntos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach File to This Entry…</source>
        <translation>Adjuntar un archivo a esta entrada…</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>%1: —</source>
        <translation>%1: —</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No related query.</source>
        <translation>Ninguna consulta relacionada.</translation>
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
        <translation>Situación</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Remove every filter (the view and the search stay)</source>
        <translation>Quitar todos los filtros (la vista y la búsqueda se mantienen)</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <translation>%1 (antiguo)</translation>
    </message>
    <message>
        <source>Open Referral</source>
        <translation>Remisión abierta</translation>
    </message>
    <message>
        <source>Only queries with an open referral to a partner</source>
        <translation>Solo las consultas con una remisión abierta a un socio</translation>
    </message>
    <message>
        <source>Only queries referred to this partner (type to find one)</source>
        <translation>Solo las consultas remitidas a este socio (escriba para buscar uno)</translation>
    </message>
    <message>
        <source>Referred to: anyone</source>
        <translation>Remitida a: cualquiera</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryFormDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New Query</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice, Department of Human Rights</source>
        <translation>p. ej., Ministerio de Justicia, Departamento de Derechos Humanos</translation>
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation>Persona de contacto (datos personales)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>What the State asks about, in one line</source>
        <translation>Sobre qué consulta el Estado, en una línea</translation>
    </message>
    <message>
        <source>The full text of the request</source>
        <translation>El texto completo de la solicitud</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— no indicado —</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— sin asignar —</translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation>— sin decidir —</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Art. %1 — %2</source>
        <translation>Art. %1 — %2</translation>
    </message>
    <message>
        <source>Show the query as it is saved now; your changes in this form are discarded</source>
        <translation>Mostrar la consulta tal como está guardada ahora; se descartan los cambios hechos en este formulario</translation>
    </message>
    <message>
        <source>Replace the other change with what this form shows</source>
        <translation>Reemplazar el otro cambio por lo que muestra este formulario</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>(no subject yet)</source>
        <translation>(aún sin asunto)</translation>
    </message>
    <message>
        <source>Edit of %1: %2</source>
        <translation>Edición de %1: %2</translation>
    </message>
    <message>
        <source>New query: %1</source>
        <translation>Nueva consulta: %1</translation>
    </message>
    <message>
        <source>Restored from %1: not saved yet.</source>
        <translation>Restaurado de la versión del %1: aún sin guardar.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from receipt (%1 priority)</source>
        <translation>
            <numerusform>%n día hábil desde la recepción (prioridad %1)</numerusform>
            <numerusform>%n días hábiles desde la recepción (prioridad %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n campo requiere atención; no se ha guardado nada.</numerusform>
            <numerusform>%n campos requieren atención; no se ha guardado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>the edit of a query</source>
        <translation>la edición de una consulta</translation>
    </message>
    <message>
        <source>a new query being registered</source>
        <translation>una nueva consulta en proceso de registro</translation>
    </message>
    <message>
        <source>The request in brief, for case summaries and briefings (optional)</source>
        <translation>Resumen de la solicitud, para los resúmenes del caso y los dossiers informativos (opcional)</translation>
    </message>
    <message>
        <source>Type a name or ISO code</source>
        <translation>Escriba un nombre o código ISO</translation>
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
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Búsqueda guardada: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln query(ies)</source>
        <translation>
            <numerusform>%1, %Ln consulta</numerusform>
            <numerusform>%1, %Ln consultas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>No se ha podido leer la lista: %1</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <source>Search subject, request, institution, contacts, notes (%1)</source>
        <translation>Buscar en asunto, solicitud, institución, contactos y notas (%1)</translation>
    </message>
    <message>
        <source>Every word must match; accents are ignored; "quotes" keep a phrase; a trailing * matches the start of a word (overcrowd*).</source>
        <translation>Todas las palabras deben coincidir; se ignoran los acentos; las "comillas" mantienen una frase; un * final coincide con el comienzo de una palabra (hacinam*).</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(ies)</source>
        <translation>
            <numerusform>%Ln consulta</numerusform>
            <numerusform>%Ln consultas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the list shown; its details are on the right.</source>
        <translation>%1 no está en la lista mostrada; sus detalles están a la derecha.</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Eliminar la búsqueda guardada</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”? The queries it lists are not affected.</source>
        <translation>¿Eliminar la búsqueda guardada «%1»? Las consultas que muestra no se ven afectadas.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>Show or hide the selected query's details beside the list</source>
        <translation>Mostrar u ocultar los detalles de la consulta seleccionada junto a la lista</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Borrar los filtros</translation>
    </message>
    <message>
        <source>&amp;New Query…</source>
        <translation>&amp;Nueva consulta…</translation>
    </message>
    <message>
        <source>No queries yet.
Register the first query received from a State.</source>
        <translation>Todavía no hay consultas.
Registre la primera consulta recibida de un Estado.</translation>
    </message>
    <message>
        <source>No query matches the search and filters.</source>
        <translation>Ninguna consulta coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>No query in this view.</source>
        <translation>Ninguna consulta en esta vista.</translation>
    </message>
    <message>
        <source>Show &amp;Details Pane</source>
        <translation>Mostrar el panel de &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
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
        <translation>Vencida: la respuesta debía enviarse el %1.</translation>
    </message>
    <message>
        <source>Due this week.</source>
        <translation>Vence esta semana.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencida</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Matched:&lt;/i&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Coincidencia:&lt;/i&gt; %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::QueryTransfer</name>
    <message>
        <source>Check CSV File</source>
        <translation>Comprobar un archivo CSV</translation>
    </message>
    <message>
        <source>Import Queries</source>
        <translation>Importar consultas</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Leyendo y comprobando %1…</translation>
    </message>
    <message>
        <source>Importing the queries of %1…</source>
        <translation>Importando las consultas de %1…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Comprobación cancelada.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se ha importado nada.</translation>
    </message>
    <message>
        <source>%1: every row can be imported.</source>
        <translation>%1: todas las filas se pueden importar.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) of %1 can be imported. Nothing was imported.</source>
        <translation>
            <numerusform>La fila de %1 se puede importar (%Ln fila). No se ha importado nada.</numerusform>
            <numerusform>Las %Ln filas de %1 se pueden importar. No se ha importado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln query(ies) from %1.</source>
        <translation>
            <numerusform>Se ha importado %Ln consulta desde %1.</numerusform>
            <numerusform>Se han importado %Ln consultas desde %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(ies) imported from %1. Each has an “imported” entry in its timeline.</source>
        <translation>
            <numerusform>%Ln consulta importada desde %1. Tiene una entrada «Importación» en su historial.</numerusform>
            <numerusform>%Ln consultas importadas desde %1. Cada una tiene una entrada «Importación» en su historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON files with each query's timeline (*.json)</source>
        <translation>Archivos JSON con el historial de cada consulta (*.json)</translation>
    </message>
    <message>
        <source>Export Queries</source>
        <translation>Exportar consultas</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln query(ies).</source>
        <translation>
            <numerusform>Se ha exportado %Ln consulta.</numerusform>
            <numerusform>Se han exportado %Ln consultas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln query(ies) written to %1. The file is not encrypted: keep it safe and delete it when it is no longer needed. The export is recorded in each query's timeline.</source>
        <translation>
            <numerusform>%Ln consulta escrita en %1. El archivo no está cifrado: guárdelo en un lugar seguro y elimínelo cuando ya no lo necesite. La exportación queda registrada en el historial de la consulta.</numerusform>
            <numerusform>%Ln consultas escritas en %1. El archivo no está cifrado: guárdelo en un lugar seguro y elimínelo cuando ya no lo necesite. La exportación queda registrada en el historial de cada consulta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ReferDialog</name>
    <message>
        <source>Refer %1 to a Partner</source>
        <translation>Remitir %1 a un socio</translation>
    </message>
    <message>
        <source>Edit Referral of %1 to %2</source>
        <translation>Editar la remisión de %1 a %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Suggested partner</source>
        <translation>Socio sugerido</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Suggested for this query (expertise, region, language):</source>
        <translation>&amp;Sugeridos para esta consulta (áreas de especialización, región, idioma):</translation>
    </message>
    <message>
        <source>Name or acronym of any active partner</source>
        <translation>Nombre o sigla de cualquier socio activo</translation>
    </message>
    <message>
        <source>Or &amp;find another partner:</source>
        <translation>O &amp;buscar otro socio:</translation>
    </message>
    <message>
        <source>Why this partner is better placed to help (kept in the timeline)</source>
        <translation>Por qué este socio está mejor situado para ayudar (se conserva en el historial)</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>Seg&amp;uimiento previsto el:</translation>
    </message>
    <message>
        <source>&amp;Contact at the partner:</source>
        <translation>&amp;Contacto en el socio:</translation>
    </message>
    <message>
        <source>&amp;Proposed on:</source>
        <translation>&amp;Propuesta el:</translation>
    </message>
    <message>
        <source>&amp;Reason *:</source>
        <translation>&amp;Motivo *:</translation>
    </message>
    <message>
        <source>Fields to &amp;share *:</source>
        <translation>Campos que comp&amp;artir *:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Propose Referral</source>
        <translation>Prop&amp;oner la remisión</translation>
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
        <translation>remisión ya en curso — %1</translation>
    </message>
    <message>
        <source>No partner matches this query's themes, region or language.</source>
        <translation>Ningún socio coincide con los temas, la región o el idioma de esta consulta.</translation>
    </message>
    <message>
        <source>— none named —</source>
        <translation>— sin designar —</translation>
    </message>
    <message>
        <source>Refer to: %1</source>
        <translation>Remitir a: %1</translation>
    </message>
    <message>
        <source>No partner chosen yet.</source>
        <translation>Aún no se ha elegido ningún socio.</translation>
    </message>
    <message>
        <source>✓ Covered by the consent of %1 (%2, given by %3).</source>
        <translation>✓ Cubierto por el consentimiento del %1 (%2, otorgado por %3).</translation>
    </message>
    <message>
        <source>No recorded consent of the State covers this partner and every field chosen: record one before the referral is sent.</source>
        <translation>Ningún consentimiento registrado del Estado cubre este socio y todos los campos elegidos: registre uno antes de enviar la remisión.</translation>
    </message>
    <message>
        <source>Choose the partner to refer the query to.</source>
        <translation>Elija el socio al que remitir la consulta.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ReferralActions</name>
    <message>
        <source>Re&amp;fer to Partner…</source>
        <translation>&amp;Remitir a un socio…</translation>
    </message>
    <message>
        <source>Propose a referral of the query to a partner, from the suggestions or any active partner</source>
        <translation>Proponer una remisión de la consulta a un socio, entre las sugerencias o cualquier socio activo</translation>
    </message>
    <message>
        <source>Record &amp;Consent…</source>
        <translation>Registrar el &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Record the State's consent to share parts of the query with partners</source>
        <translation>Registrar el consentimiento del Estado para compartir partes de la consulta con socios</translation>
    </message>
    <message>
        <source>&amp;Withdraw Consent…</source>
        <translation>&amp;Retirar el consentimiento…</translation>
    </message>
    <message>
        <source>Record that the State withdrew the selected consent</source>
        <translation>Registrar que el Estado retiró el consentimiento seleccionado</translation>
    </message>
    <message>
        <source>Referral S&amp;tatus</source>
        <translation>Si&amp;tuación de la remisión</translation>
    </message>
    <message>
        <source>Edit Re&amp;ferral…</source>
        <translation>Editar la de&amp;rivación…</translation>
    </message>
    <message>
        <source>Change the contact, reason, shared fields or follow-up of a referral not yet sent</source>
        <translation>Cambiar el contacto, el motivo, los campos compartidos o el seguimiento de una remisión aún no enviada</translation>
    </message>
    <message>
        <source>Follow-&amp;up Date…</source>
        <translation>Fecha de seg&amp;uimiento…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>• %1: referral forms are not kept at a lock</source>
        <translation>• %1: los formularios de remisión no se conservan al bloquearse la bóveda</translation>
    </message>
    <message>
        <source>a referral to a partner being written</source>
        <translation>una remisión a un socio en curso de redacción</translation>
    </message>
    <message>
        <source>a consent being recorded</source>
        <translation>un consentimiento en proceso de registro</translation>
    </message>
    <message>
        <source>a referral's status change being written</source>
        <translation>un cambio de situación de una remisión en curso de redacción</translation>
    </message>
    <message>
        <source>the withdrawal of a consent being written</source>
        <translation>la retirada de un consentimiento en curso de redacción</translation>
    </message>
    <message>
        <source>Referral proposed. Nothing is shared until it is marked sent.</source>
        <translation>Remisión propuesta. No se comparte nada hasta que se marque como enviada.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentimiento registrado.</translation>
    </message>
    <message>
        <source>Consent withdrawn: it no longer covers any referral.</source>
        <translation>Consentimiento retirado: ya no cubre ninguna remisión.</translation>
    </message>
    <message>
        <source>%1

Record the consent the State gave now?</source>
        <translation>%1

¿Registrar ahora el consentimiento que otorgó el Estado?</translation>
    </message>
    <message>
        <source>Referral to %1: %2.</source>
        <translation>Remisión a %1: %2.</translation>
    </message>
    <message>
        <source>Referral Sent</source>
        <translation>Remisión enviada</translation>
    </message>
    <message>
        <source>The referral to %1 is sent. Move %2 to “%3” as well?</source>
        <translation>La remisión a %1 se ha enviado. ¿Pasar también %2 a «%3»?</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Cambiar la situación</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1 está ahora en la situación «%2».</translation>
    </message>
    <message>
        <source>Follow-up of the Referral to %1</source>
        <translation>Seguimiento de la remisión a %1</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>Seg&amp;uimiento previsto el:</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ReferralStatusDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The referral of %1 to %2 goes from “%3” to “%4”.</source>
        <translation>La remisión de %1 a %2 pasa de «%3» a «%4».</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Enviada &amp;el:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Required: why (kept in the timeline)</source>
        <translation>Obligatorio: por qué (se conserva en el historial)</translation>
    </message>
    <message>
        <source>&amp;Reason *:</source>
        <translation>&amp;Motivo *:</translation>
    </message>
    <message>
        <source>Optional: what the partner said or did</source>
        <translation>Opcional: lo que el socio dijo o hizo</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>No consent of the State covers this referral</source>
        <translation>Ningún consentimiento del Estado cubre esta remisión</translation>
    </message>
    <message>
        <source>Nothing may reach %1 without the State's consent: no recorded consent names this partner and every field the referral shares (%2).</source>
        <translation>Nada puede llegar a %1 sin el consentimiento del Estado: ningún consentimiento registrado menciona a este socio y todos los campos que comparte la remisión (%2).</translation>
    </message>
    <message>
        <source>Only an adviser with role Head may send it without consent, with a written justification. The override is recorded with your name and marked as such wherever this referral appears.</source>
        <translation>Solo un asesor con la función de Jefe puede enviarla sin consentimiento, con una justificación por escrito. La excepción se registra con su nombre y se señala como tal dondequiera que aparezca esta remisión.</translation>
    </message>
    <message>
        <source>Why the referral cannot wait for the State's consent</source>
        <translation>Por qué la remisión no puede esperar al consentimiento del Estado</translation>
    </message>
    <message>
        <source>&amp;Justification (at least %1 characters):</source>
        <translation>&amp;Justificación (al menos %1 caracteres):</translation>
    </message>
    <message>
        <source>Mark Sent &amp;Without Consent</source>
        <translation>Marcar como enviada &amp;sin consentimiento</translation>
    </message>
    <message>
        <source>Only an adviser with role Head may send a referral without the State's consent. Record the consent the State gave, then mark the referral sent.</source>
        <translation>Solo un asesor con la función de Jefe puede enviar una remisión sin el consentimiento del Estado. Registre el consentimiento que otorgó el Estado y luego marque la remisión como enviada.</translation>
    </message>
    <message>
        <source>&amp;Record Consent…</source>
        <translation>&amp;Registrar el consentimiento…</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ReferralsPanel</name>
    <message>
        <source>Referrals to partners</source>
        <translation>Remisiones a socios</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Campos compartidos</translation>
    </message>
    <message>
        <source>Not referred to any partner.</source>
        <translation>No se ha remitido a ningún socio.</translation>
    </message>
    <message>
        <source>Consents of the State</source>
        <translation>Consentimientos del Estado</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>OVERRIDE (no consent)</source>
        <translation>EXCEPCIÓN (sin consentimiento)</translation>
    </message>
    <message>
        <source>OVERRIDE by %1 (no consent)</source>
        <translation>EXCEPCIÓN aplicada por %1 (sin consentimiento)</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>No consent yet</source>
        <translation>Aún sin consentimiento</translation>
    </message>
    <message>
        <source>Sent without the State's consent on a head's recorded justification: %1</source>
        <translation>Enviada sin el consentimiento del Estado, con una justificación registrada de un Jefe: %1</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>Seguimiento vencido hace %n día</numerusform>
            <numerusform>Seguimiento vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Registrado el %1 por %2</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>un asesor no identificado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Contact at the partner: %1</source>
        <translation>Contacto en el socio: %1</translation>
    </message>
    <message>
        <source>Proposed on %1</source>
        <translation>Propuesta el %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Enviada el %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Cerrada el %1</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Seguimiento previsto el %1</translation>
    </message>
    <message>
        <source>Shares: %1</source>
        <translation>Campos compartidos: %1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consentimiento: %1</translation>
    </message>
    <message>
        <source>Override justification: %1</source>
        <translation>Justificación de la excepción: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1 because: %2</source>
        <translation>%1, motivo: %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ResourceDialog</name>
    <message>
        <source>CTI tool</source>
        <translation>Herramienta de la CTI</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Several</source>
        <translation>Varios</translation>
    </message>
    <message>
        <source>Edit Library Entry: %1</source>
        <translation>Editar entrada de la biblioteca: %1</translation>
    </message>
    <message>
        <source>New Library Entry</source>
        <translation>Nueva entrada de la biblioteca</translation>
    </message>
    <message>
        <source>What the tool or reference is, and when to cite it</source>
        <translation>Qué es la herramienta o la referencia, y cuándo citarla</translation>
    </message>
    <message>
        <source>The text inserted into a draft when this entry is cited</source>
        <translation>El texto que se inserta en un borrador cuando se cita esta entrada</translation>
    </message>
    <message>
        <source>&amp;Active: offered in the draft editor's library</source>
        <translation>&amp;Activa: se ofrece en la biblioteca del editor de borradores</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation>&amp;Título *:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;emas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>En&amp;lace:</translation>
    </message>
    <message>
        <source>&amp;Citation *:</source>
        <translation>&amp;Cita *:</translation>
    </message>
    <message>
        <source>&amp;Add to Library</source>
        <translation>Añadir a la &amp;biblioteca</translation>
    </message>
    <message>
        <source>the edit of a library entry</source>
        <translation>la edición de una entrada de la biblioteca</translation>
    </message>
    <message>
        <source>a new library entry being added</source>
        <translation>una nueva entrada de la biblioteca en curso de adición</translation>
    </message>
    <message>
        <source>A library entry needs a title.</source>
        <translation>Una entrada de la biblioteca necesita un título.</translation>
    </message>
    <message>
        <source>A library entry needs the citation inserted into drafts.</source>
        <translation>Una entrada de la biblioteca necesita la cita que se inserta en los borradores.</translation>
    </message>
    <message numerus="yes">
        <source>The citation is longer than %n characters.</source>
        <translation>
            <numerusform>La cita tiene más de %n carácter.</numerusform>
            <numerusform>La cita tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description is longer than %n characters.</source>
        <translation>
            <numerusform>La descripción tiene más de %n carácter.</numerusform>
            <numerusform>La descripción tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link must be a web address starting with https://.</source>
        <translation>El enlace debe ser una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n campo requiere atención; no se ha guardado nada.</numerusform>
            <numerusform>%n campos requieren atención; no se ha guardado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard what you typed in this library entry?</source>
        <translation>¿Descartar lo que ha escrito en esta entrada de la biblioteca?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::RestoreDialog</name>
    <message>
        <source>Restore Vault from Backup</source>
        <translation>Restaurar la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>The backup is checked, then copied into a new vault file; the backup itself is not changed. The restored vault opens with the backup's passphrase.</source>
        <translation>La copia de seguridad se comprueba y luego se copia en un nuevo archivo de bóveda; la propia copia no se modifica. La bóveda restaurada se abre con la frase de contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Archivo de copia de seguridad:</translation>
    </message>
    <message>
        <source>Backup's &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>&amp;New vault file:</source>
        <translation>&amp;Nuevo archivo de bóveda:</translation>
    </message>
    <message>
        <source>Backup File</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv);;All files (*)</source>
        <translation>Bóvedas de Advice Hub (*.ahv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Vault File</source>
        <translation>Nuevo archivo de bóveda</translation>
    </message>
    <message>
        <source>Advice Hub vaults (*.ahv)</source>
        <translation>Bóvedas de Advice Hub (*.ahv)</translation>
    </message>
    <message>
        <source>A file already exists at the new vault's location; a restore never replaces a file. Choose a new name.</source>
        <translation>Ya existe un archivo en la ubicación de la nueva bóveda; una restauración nunca reemplaza un archivo. Elija un nombre nuevo.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::SaveSearchDialog</name>
    <message>
        <source>Save Search</source>
        <translation>Guardar la búsqueda</translation>
    </message>
    <message>
        <source>e.g. Urgent queries from Africa</source>
        <translation>p. ej., Consultas urgentes de África</translation>
    </message>
    <message>
        <source>The view, the filters and the search text are kept in the vault.</source>
        <translation>La vista, los filtros y el texto de búsqueda se guardan en la bóveda.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::SelectableLabelMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::SessionWorkspace</name>
    <message>
        <source>Nobody is recorded as working in this session: choose who you are before making changes.</source>
        <translation>No hay nadie registrado como trabajando en esta sesión: indique quién es usted antes de hacer cambios.</translation>
    </message>
    <message>
        <source>&amp;Choose Adviser…</source>
        <translation>Elegir a&amp;sesor…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Advisers</source>
        <translation>Asesores</translation>
    </message>
    <message>
        <source>This kind of unsaved work is not known to this version.</source>
        <translation>Esta versión no reconoce este tipo de trabajo no guardado.</translation>
    </message>
    <message>
        <source>Vault Information</source>
        <translation>Información de la bóveda</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>The backup was written to %1 and verified: it opens and its integrity check is ok.</source>
        <translation>La copia de seguridad se ha escrito en %1 y se ha verificado: se abre y su comprobación de integridad es correcta.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new passphrase from now on.</source>
        <translation>Se ha cambiado la frase de contraseña. Use la nueva frase de contraseña a partir de ahora.</translation>
    </message>
    <message>
        <source>Check Integrity</source>
        <translation>Comprobar la integridad</translation>
    </message>
    <message>
        <source>The vault is sound: every page decrypts and every reference is intact.</source>
        <translation>La bóveda está en buen estado: todas las páginas se descifran y todas las referencias están intactas.</translation>
    </message>
    <message>
        <source>The vault is damaged: %1. Restore it from a backup.</source>
        <translation>La bóveda está dañada: %1. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Compact Vault</source>
        <translation>Compactar la bóveda</translation>
    </message>
    <message>
        <source>Another operation is running; compact the vault once it has finished.</source>
        <translation>Hay otra operación en curso; compacte la bóveda cuando haya terminado.</translation>
    </message>
    <message>
        <source>The vault (%1) has no unused space to give back: compacting would not make it smaller.</source>
        <translation>La bóveda (%1) no tiene espacio sin usar que devolver: compactarla no la haría más pequeña.</translation>
    </message>
    <message>
        <source>Compacting gives back about %1 of the vault's %2 to the disk (space left by removed attachments and other deletions, already overwritten with zeros).

It rewrites the whole vault and then verifies it; this can take a while for a large vault, and needs free disk space and memory of about the vault's size. Compact now?</source>
        <translation>Compactar devuelve al disco unos %1 de los %2 de la bóveda (el espacio que dejan los archivos adjuntos eliminados y otras eliminaciones, ya sobrescrito con ceros).

Reescribe toda la bóveda y después la verifica; esto puede tardar un rato en una bóveda grande, y requiere espacio libre en disco y memoria de aproximadamente el tamaño de la bóveda. ¿Compactar ahora?</translation>
    </message>
    <message>
        <source>Compacting the vault…</source>
        <translation>Compactando la bóveda…</translation>
    </message>
    <message>
        <source>The vault was not compacted.</source>
        <translation>La bóveda no se ha compactado.</translation>
    </message>
    <message>
        <source>Vault compacted: %1 → %2.</source>
        <translation>Bóveda compactada: %1 → %2.</translation>
    </message>
    <message>
        <source>The vault was compacted from %1 to %2 and verified: it opens and its integrity check is ok.</source>
        <translation>La bóveda se ha compactado de %1 a %2 y se ha verificado: se abre y su comprobación de integridad es correcta.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&amp;Lock the vault after a period of inactivity</source>
        <translation>&amp;Bloquear la bóveda tras un período de inactividad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Bloquear &amp;tras:</translation>
    </message>
    <message>
        <source>Automatic Backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>&amp;Back up the vault when it locks and when Advice Hub quits</source>
        <translation>&amp;Hacer una copia de seguridad de la bóveda al bloquearla y al salir de Advice Hub</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Número de copias conservadas:</translation>
    </message>
    <message>
        <source>Backups are encrypted and open with the vault's passphrase of the time they were made. Their names hold the date and time only.</source>
        <translation>Las copias de seguridad están cifradas y se abren con la frase de contraseña que tenía la bóveda cuando se hicieron. Sus nombres solo contienen la fecha y la hora.</translation>
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation>Carpeta de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source>Follow up a sent referral &amp;without reply after:</source>
        <translation>Hacer el seguimiento de una remisión enviada &amp;sin respuesta tras:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Largest &amp;file accepted:</source>
        <translation>Tamaño máximo de &amp;archivo aceptado:</translation>
    </message>
    <message>
        <source>Files are kept encrypted inside the vault, which grows by their size. The limit applies at once to the open vault and to the vaults opened later.</source>
        <translation>Los archivos se conservan cifrados dentro de la bóveda, que crece en la misma medida. El límite se aplica de inmediato a la bóveda abierta y a las que se abran más adelante.</translation>
    </message>
    <message>
        <source>&amp;Remember the last vaults opened (their file locations only)</source>
        <translation>&amp;Recordar las últimas bóvedas abiertas (solo su ubicación)</translation>
    </message>
    <message>
        <source>Takes effect the next time Advice Hub starts.</source>
        <translation>Se aplica la próxima vez que se inicie Advice Hub.</translation>
    </message>
    <message>
        <source>A folder named Backups beside the vault</source>
        <translation>Una carpeta llamada Backups junto a la bóveda</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter by command, menu or key</source>
        <translation>Filtrar por orden, menú o tecla</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::StatusChangeDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 goes from “%2” to “%3”.</source>
        <translation>%1 pasa de «%2» a «%3».</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept in the timeline):</source>
        <translation>&amp;Motivo (obligatorio, se conserva en el historial):</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the timeline):</source>
        <translation>&amp;Motivo (opcional, se conserva en el historial):</translation>
    </message>
    <message>
        <source>No draft of the answer was marked sent in Advice Hub. &amp;Reason (required, kept in the timeline): the answer was given outside Advice Hub: how, when and by whom.</source>
        <translation>Ningún borrador de la respuesta se marcó como enviado en Advice Hub. &amp;Motivo (obligatorio, se conserva en el historial): la respuesta se dio fuera de Advice Hub: cómo, cuándo y por quién.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::StrengthMeter</name>
    <message>
        <source>Strength: %1 (about %2 bits). %3</source>
        <translation>Seguridad: %1 (unos %2 bits). %3</translation>
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Seguridad de la frase de contraseña: %1</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::TemplateDialog</name>
    <message>
        <source>Edit Template: %1</source>
        <translation>Editar plantilla: %1</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>&amp;Active: offered for new drafts</source>
        <translation>&amp;Activa: se ofrece para nuevos borradores</translation>
    </message>
    <message>
        <source>Dear {contact_name}, …</source>
        <translation>Estimado/a {contact_name}, …</translation>
    </message>
    <message>
        <source>Insert &amp;Placeholder</source>
        <translation>Insertar &amp;campo de combinación</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Campos de combinación</translation>
    </message>
    <message>
        <source>Pre&amp;view with a Sample Query</source>
        <translation>&amp;Vista previa con una consulta de ejemplo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation>&amp;Nombre *:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Only simple formatting is kept (bold, italic, underline, headings, lists, links); anything else is removed when the template is saved.</source>
        <translation>Solo se conserva un formato sencillo (negrita, cursiva, subrayado, encabezados, listas, enlaces); todo lo demás se elimina al guardar la plantilla.</translation>
    </message>
    <message>
        <source>&amp;Add Template</source>
        <translation>Añadir &amp;plantilla</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>the edit of a template</source>
        <translation>la edición de una plantilla</translation>
    </message>
    <message>
        <source>a new template being added</source>
        <translation>una nueva plantilla en curso de adición</translation>
    </message>
    <message numerus="yes">
        <source>Unknown placeholder(s): %1. Choose one from the list.</source>
        <translation>
            <numerusform>Campo de combinación desconocido: %1. Elija uno de la lista.</numerusform>
            <numerusform>Campos de combinación desconocidos: %1. Elija uno de la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known, left as typed: %1.</source>
        <translation>Desconocidos, se dejan tal como se escribieron: %1.</translation>
    </message>
    <message>
        <source>Empty for the sample query, marked in the text: %1.</source>
        <translation>Vacíos para la consulta de ejemplo, señalados en el texto: %1.</translation>
    </message>
    <message>
        <source>Every placeholder was filled.</source>
        <translation>Se han completado todos los campos de combinación.</translation>
    </message>
    <message>
        <source>Removed when saved: %1.</source>
        <translation>Se elimina al guardar: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>Discard what you typed in this template?</source>
        <translation>¿Descartar lo que ha escrito en esta plantilla?</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::TimelineEntryDialog</name>
    <message>
        <source>Add to Timeline</source>
        <translation>Añadir al historial</translation>
    </message>
    <message>
        <source>In one line: who, what</source>
        <translation>En una línea: quién, qué</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <source>E-mails are only recorded here; Advice Hub never sends anything.</source>
        <translation>Los correos electrónicos solo se registran aquí; Advice Hub nunca envía nada.</translation>
    </message>
    <message>
        <source>Correct a Timeline Entry</source>
        <translation>Corregir una entrada del historial</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>It says:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>C&amp;orrección:</translation>
    </message>
    <message>
        <source>The entry stays as it is; the correction is added after it.</source>
        <translation>La entrada se queda como está; la corrección se añade a continuación.</translation>
    </message>
    <message>
        <source>Correction of a timeline entry</source>
        <translation>Corrección de una entrada del historial</translation>
    </message>
    <message>
        <source>Timeline entry: %1</source>
        <translation>Entrada del historial: %1</translation>
    </message>
    <message>
        <source>a correction of a timeline entry</source>
        <translation>una corrección de una entrada del historial</translation>
    </message>
    <message>
        <source>a timeline entry (%1) being written</source>
        <translation>una entrada del historial (%1) en curso de redacción</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::TriageDialog</name>
    <message>
        <source>Triage %1</source>
        <translation>Clasificar %1</translation>
    </message>
    <message>
        <source>%1 · received %2</source>
        <translation>%1 · recibida el %2</translation>
    </message>
    <message>
        <source>Why this priority or route (optional; kept in the timeline)</source>
        <translation>Por qué esta prioridad o este tratamiento (opcional; se conserva en el historial)</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation>&amp;Asesor:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Clasificar</translation>
    </message>
    <message>
        <source>There is no active adviser to assign. Add one in Vault ▸ Advisers.</source>
        <translation>No hay ningún asesor activo que asignar. Añada uno en Bóveda ▸ Asesores.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from receipt (%1 priority)</source>
        <translation>
            <numerusform>%n día hábil desde la recepción (prioridad %1)</numerusform>
            <numerusform>%n días hábiles desde la recepción (prioridad %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner to propose a referral to (type to find one)</source>
        <translation>El socio al que proponer una remisión (escriba para encontrarlo)</translation>
    </message>
    <message>
        <source>Part&amp;ner:</source>
        <translation>So&amp;cio:</translation>
    </message>
    <message>
        <source>— none yet —</source>
        <translation>— ninguno por ahora —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — suggested</source>
        <translation>%1 — sugerido</translation>
    </message>
    <message>
        <source>There is no active partner in the directory: the route alone is recorded. Add partners in the Partners page, then propose a referral in the Referrals tab.</source>
        <translation>No hay ningún socio activo en el directorio: solo se registra la vía. Añada socios en la página Socios y después proponga una remisión en la pestaña Remisiones.</translation>
    </message>
    <message>
        <source>A referral to this partner is proposed with the triage (sharing the subject and themes); ask for consent in the Referrals tab.</source>
        <translation>Se propone una remisión a este socio con la clasificación (compartiendo el asunto y los temas); pida el consentimiento en la pestaña Remisiones.</translation>
    </message>
    <message>
        <source>No referral is proposed yet: propose one in the Referrals tab.</source>
        <translation>Todavía no se propone ninguna remisión: proponga una en la pestaña Remisiones.</translation>
    </message>
    <message>
        <source>No partner is called “%1”: choose one from the list, or none.</source>
        <translation>Ningún socio se llama «%1»: elija uno de la lista, o ninguno.</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::UnlockWidget</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Error de desbloqueo</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Abrir otra bóveda…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Crear una bóveda nueva…</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <source>Enter the vault's passphrase.</source>
        <translation>Introduzca la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>About the last lock</source>
        <translation>Acerca del último bloqueo</translation>
    </message>
    <message>
        <source>If you are certain the passphrase is right, the start of the file may be damaged: restore the vault from a backup (Vault ▸ Restore from Backup…).</source>
        <translation>Si está seguro de que la frase de contraseña es correcta, puede que el comienzo del archivo esté dañado: restaure la bóveda desde una copia de seguridad (Bóveda ▸ Restaurar desde una copia de seguridad…).</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::UserGuideWindow</name>
    <message>
        <source>Advice Hub User Guide</source>
        <translation>Guía del usuario de Advice Hub</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::VaultOverviewWidget</name>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>versión del esquema %1</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>SQLCipher %1 (AES-256, HMAC-SHA1 page authentication, %2-byte pages); key from Argon2id (%3)</source>
        <translation>SQLCipher %1 (AES-256, autenticación de páginas con HMAC-SHA1, páginas de %2 bytes); clave derivada con Argon2id (%3)</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Datos de referencia</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>Estados:</translation>
    </message>
    <message>
        <source>%1 (of which %2 Core States)</source>
        <translation>%1 (de ellos, %2 Estados núcleo)</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <source>UNCAT articles:</source>
        <translation>Artículos de la Convención:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Socios:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::VersionHistoryDialog</name>
    <message>
        <source>Version History</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Guardada el</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;View Version</source>
        <translation>&amp;Ver versión</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>Co&amp;mparar selección</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) and compare them</source>
        <translation>Seleccione dos versiones (Ctrl+clic) y compárelas</translation>
    </message>
    <message>
        <source>Title of the new draft (default: the same title)</source>
        <translation>Título del nuevo borrador (por defecto: el mismo título)</translation>
    </message>
    <message>
        <source>Copy into &amp;New Draft</source>
        <translation>Copiar en un &amp;nuevo borrador</translation>
    </message>
    <message>
        <source>Start a new draft with the text of the selected version</source>
        <translation>Iniciar un nuevo borrador con el texto de la versión seleccionada</translation>
    </message>
    <message>
        <source>Select exactly two versions to compare them (Ctrl+click).</source>
        <translation>Seleccione exactamente dos versiones para compararlas (Ctrl+clic).</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>&amp;Compare version</source>
        <translation>&amp;Comparar la versión</translation>
    </message>
    <message>
        <source>wi&amp;th version</source>
        <translation>c&amp;on la versión</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>Show the two versions in two panes instead of one text with the changes marked</source>
        <translation>Mostrar las dos versiones en dos paneles en lugar de un único texto con los cambios señalados</translation>
    </message>
    <message>
        <source>Inserted words are green, underlined and marked [+ … +]; deleted words are red, struck through and marked [− … −].</source>
        <translation>Las palabras insertadas aparecen en verde, subrayadas y marcadas con [+ … +]; las eliminadas aparecen en rojo, tachadas y marcadas con [− … −].</translation>
    </message>
    <message>
        <source>Formatting changes:</source>
        <translation>Cambios de formato:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>Com&amp;paración</translation>
    </message>
    <message>
        <source>V&amp;ersion</source>
        <translation>V&amp;ersión</translation>
    </message>
    <message>
        <source>Version History: %1</source>
        <translation>Historial de versiones: %1</translation>
    </message>
    <message>
        <source>(sent)</source>
        <translation>(enviada)</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(aprobada)</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>persona no identificada</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — self-cleared (single adviser)</source>
        <translation>%1 — autoaprobación (asesor único)</translation>
    </message>
    <message>
        <source>Cleared by its own author: the vault has a single adviser; the justification is in the comment.</source>
        <translation>Aprobada por su propio autor: la bóveda tiene un único asesor; la justificación figura en el comentario.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Versions %1 and %2 are identical.</source>
        <translation>Las versiones %1 y %2 son idénticas.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 → %2: %n word(s) inserted</source>
        <translation>
            <numerusform>Versión %1 → %2: %n palabra insertada</numerusform>
            <numerusform>Versión %1 → %2: %n palabras insertadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n word(s) deleted</source>
        <translation>
            <numerusform>, %n palabra eliminada</numerusform>
            <numerusform>, %n palabras eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>; the formatting changed</source>
        <translation>; el formato ha cambiado</translation>
    </message>
    <message>
        <source>The formatting changed.</source>
        <translation>El formato ha cambiado.</translation>
    </message>
    <message>
        <source>No formatting changes.</source>
        <translation>Sin cambios de formato.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, saved %2 by %3 — %n word(s) (read-only)</source>
        <translation>
            <numerusform>Versión %1, guardada el %2 por %3 — %n palabra (solo lectura)</numerusform>
            <numerusform>Versión %1, guardada el %2 por %3 — %n palabras (solo lectura)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 was copied into the new draft “%2”.</source>
        <translation>La versión %1 se ha copiado en el nuevo borrador «%2».</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Advice Hub</source>
        <translation>Bienvenido a Advice Hub</translation>
    </message>
    <message>
        <source>Advice Hub keeps the Secretariat's confidential queries, referrals and responses in one encrypted file on this computer: the vault. Nothing leaves it unless you print or export it.</source>
        <translation>Advice Hub guarda las consultas confidenciales, las remisiones y las respuestas de la Secretaría en un único archivo cifrado en este ordenador: la bóveda. Nada sale de ella salvo que lo imprima o lo exporte.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <source>Choose where to keep it and a passphrase. Start here for real work.</source>
        <translation>Elija dónde guardarla y una frase de contraseña. Empiece aquí para el trabajo real.</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Abrir una bóveda existente</translation>
    </message>
    <message>
        <source>A vault file made on this computer or restored from a backup.</source>
        <translation>Un archivo de bóveda creado en este ordenador o restaurado desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Explore the demo vault</source>
        <translation>Explorar la bóveda de demostración</translation>
    </message>
    <message>
        <source>Fictional data only. Its passphrase is “%1”.</source>
        <translation>Solo datos ficticios. Su frase de contraseña es «%1».</translation>
    </message>
    <message>
        <source>&amp;Recent vaults:</source>
        <translation>Bóvedas &amp;recientes:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (not found)</source>
        <translation>%1 — %2 (no encontrada)</translation>
    </message>
</context>
<context>
    <name>advicehub::ui::WithdrawConsentDialog</name>
    <message>
        <source>Withdraw Consent</source>
        <translation>Retirar el consentimiento</translation>
    </message>
    <message>
        <source>The consent of %1 given by %2 for %3 is withdrawn: it stays on record but covers nothing from then on.</source>
        <translation>El consentimiento del %1 otorgado por %2 para %3 se retira: sigue registrado, pero ya no cubre nada a partir de entonces.</translation>
    </message>
    <message>
        <source>How and why the State withdrew it (kept in the timeline)</source>
        <translation>Cómo y por qué lo retiró el Estado (se conserva en el historial)</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on:</source>
        <translation>Retirado &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Withdraw Consent</source>
        <translation>&amp;Retirar el consentimiento</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Advice Hub: confidential case management for the Secretariat of the Convention against Torture Initiative, kept in one encrypted vault file.</source>
        <translation>Advice Hub: gestión confidencial de casos de la Secretaría de la Iniciativa sobre la Convención contra la Tortura, guardados en un único archivo de bóveda cifrado.</translation>
    </message>
    <message>
        <source>A vault file (.ahv) to open in the unlock screen. If Advice Hub is already running in this desktop session, the vault opens in its window.</source>
        <translation>Un archivo de bóveda (.ahv) que se abrirá en la pantalla de desbloqueo. Si Advice Hub ya se está ejecutando en esta sesión de escritorio, la bóveda se abre en su ventana.</translation>
    </message>
    <message>
        <source>Displays the version of Advice Hub and of SQLCipher, libsodium and Qt, and exits.</source>
        <translation>Muestra la versión de Advice Hub y las de SQLCipher, libsodium y Qt, y sale.</translation>
    </message>
    <message>
        <source>Advice Hub opens one vault at a time.</source>
        <translation>Advice Hub abre una sola bóveda a la vez.</translation>
    </message>
</context>
</TS>