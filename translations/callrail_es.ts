<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>callrail::ApiClient</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation>La dirección de la API «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The API address must use https:// (http:// is accepted only for this computer, 127.0.0.1).</source>
        <translation>La dirección de la API debe usar https:// (http:// solo se acepta para este equipo, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>La dirección de la API debe empezar por https://.</translation>
    </message>
    <message>
        <source>the daily request limit is used up</source>
        <translation>se ha agotado el límite diario de solicitudes</translation>
    </message>
    <message>
        <source>the hourly request limit is used up</source>
        <translation>se ha agotado el límite horario de solicitudes</translation>
    </message>
    <message>
        <source>CallRail asked to slow down</source>
        <translation>CallRail pidió ir más despacio</translation>
    </message>
    <message>
        <source>%1, %2: CallRail pointed to another server (%3); the request was not sent.</source>
        <translation>%1, %2: CallRail redirigió a otro servidor (%3); la solicitud no se envió.</translation>
    </message>
    <message>
        <source>%1, %2: CallRail sent a response that is not valid JSON (%3).</source>
        <translation>%1, %2: CallRail envió una respuesta que no es JSON válido (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (abandonado tras %n intento)</numerusform>
            <numerusform>%1 (abandonado tras %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: CallRail&apos;s answer is not a list page as documented (%3).</source>
        <translation>%1, %2: la respuesta de CallRail no es una página de lista como la documenta (%3).</translation>
    </message>
</context>
<context>
    <name>callrail::ApiError</name>
    <message>
        <source>%1: CallRail did not answer within %2 s.</source>
        <translation>%1: CallRail no respondió en %2 s.</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 failed (%3); nothing was sent.</source>
        <translation>%1: falló la conexión segura con %2 (%3); no se envió nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the connection to %2 failed (%3).</source>
        <translation>%1: falló la conexión con %2 (%3).</translation>
    </message>
    <message>
        <source>The API key was rejected by CallRail (401).</source>
        <translation>CallRail rechazó la clave de API (401).</translation>
    </message>
    <message>
        <source>%1: not available to this API key or CallRail plan (403%2).</source>
        <translation>%1: no disponible para esta clave de API o este plan de CallRail (403%2).</translation>
    </message>
    <message>
        <source>%1: CallRail found nothing at this address (404)%2.</source>
        <translation>%1: CallRail no encontró nada en esta dirección (404)%2.</translation>
    </message>
    <message>
        <source>%1: CallRail&apos;s request limit was reached (429); waiting before going on.</source>
        <translation>%1: se alcanzó el límite de solicitudes de CallRail (429); esperando antes de continuar.</translation>
    </message>
    <message>
        <source>%1: CallRail had a problem (%2)%3.</source>
        <translation>%1: CallRail tuvo un problema (%2)%3.</translation>
    </message>
    <message>
        <source>%1: CallRail refused the request (%2): %3</source>
        <translation>%1: CallRail rechazó la solicitud (%2): %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>callrail::CsvAddedColumns</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::CsvFromJsonLines</name>
    <message>
        <source>Cannot read the extracted file %1: %2</source>
        <translation>No se puede leer el archivo extraído %1: %2</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>No se pudo escribir el archivo CSV: %1</translation>
    </message>
</context>
<context>
    <name>callrail::DatabaseExport</name>
    <message numerus="yes">
        <source>%1: %Ln line(s) of %2 were not JSON records with an id and are not in the database.</source>
        <translation>
            <numerusform>%1: %Ln línea de %2 no era un registro JSON con id y no está en la base de datos.</numerusform>
            <numerusform>%1: %Ln líneas de %2 no eran registros JSON con id y no están en la base de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>Base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de datos SQLite</translation>
    </message>
    <message>
        <source>Resuming the run loads it again without asking CallRail anything.</source>
        <translation>Reanudar la ejecución la vuelve a cargar sin pedir nada a CallRail.</translation>
    </message>
    <message>
        <source>The %1 could not be written: %2 The fetched data is in the JSON Lines files. %3</source>
        <translation>No se pudo escribir la %1: %2 Los datos obtenidos están en los archivos JSON Lines. %3</translation>
    </message>
    <message>
        <source>%1: not loaded into the %2, its table is as it was: %3 The fetched data is in %4. %5</source>
        <translation>%1: no se cargó en la %2, su tabla queda como estaba: %3 Los datos obtenidos están en %4. %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln value(s) did not fit their column&apos;s type: NULL there, and kept whole in the column %2 of their row.</source>
        <translation>
            <numerusform>%1: %Ln valor no encajaba con el tipo de su columna: NULL allí, y se guarda entero en la columna %2 de su fila.</numerusform>
            <numerusform>%1: %Ln valores no encajaban con el tipo de su columna: NULL allí, y se guardan enteros en la columna %2 de su fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %2 (%Ln row(s) merged in %3 s)</source>
        <translation>
            <numerusform>%1 escrita: %2 (%Ln fila fusionada en %3 s)</numerusform>
            <numerusform>%1 escrita: %2 (%Ln filas fusionadas en %3 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::DateWindow</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All available (last 25 months)</source>
        <translation>Todo lo disponible (últimos 25 meses)</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as America/New_York or UTC.</source>
        <translation>Zona horaria desconocida «%1»: use un nombre IANA como America/New_York o UTC.</translation>
    </message>
    <message>
        <source>Today&apos;s date is not known.</source>
        <translation>No se conoce la fecha de hoy.</translation>
    </message>
    <message>
        <source>Enter a start date and an end date.</source>
        <translation>Indique una fecha de inicio y una fecha de fin.</translation>
    </message>
    <message>
        <source>The start date is missing or not a valid date.</source>
        <translation>La fecha de inicio falta o no es una fecha válida.</translation>
    </message>
    <message>
        <source>The end date is missing or not a valid date.</source>
        <translation>La fecha de fin falta o no es una fecha válida.</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>La fecha de inicio %1 es posterior a la fecha de fin %2.</translation>
    </message>
    <message>
        <source>The end date %1 is after today (%2 in %3).</source>
        <translation>La fecha de fin %1 es posterior a hoy (%2 en %3).</translation>
    </message>
    <message>
        <source>The start date %1 is too old: CallRail keeps calls, form submissions and text messages for 25 months, so the earliest start is %2.</source>
        <translation>La fecha de inicio %1 es demasiado antigua: CallRail conserva las llamadas, los formularios enviados y los mensajes de texto durante 25 meses, así que el inicio más temprano posible es %2.</translation>
    </message>
</context>
<context>
    <name>callrail::EndpointSelectionModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>no seleccionado</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>The most records to extract for this endpoint (0 = no limit). Double-click to change.</source>
        <translation>Número máximo de registros que se extraen de este endpoint (0 = sin límite). Doble clic para cambiarlo.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This endpoint has no optional fields.</source>
        <translation>Este endpoint no tiene campos opcionales.</translation>
    </message>
    <message>
        <source>Optional fields: %1. Double-click to choose.</source>
        <translation>Campos opcionales: %1. Doble clic para elegir.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>%1 (in the API and file names: %2)</source>
        <translation>%1 (en la API y en los nombres de archivo: %2)</translation>
    </message>
    <message>
        <source>The most records to extract (0 = no limit)</source>
        <translation>El máximo de registros que extraer (0 = sin límite)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminados</translation>
    </message>
    <message>
        <source>+%1 of %2</source>
        <translation>+%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Grouped by %1. Double-click to choose.</source>
        <translation>Agrupado por %1. Haga doble clic para elegir.</translation>
    </message>
    <message>
        <source>One row per %1. Double-click to choose.</source>
        <translation>Una fila por %1. Haga doble clic para elegir.</translation>
    </message>
</context>
<context>
    <name>callrail::EndpointTask</name>
    <message>
        <source>%1: the interrupted run cannot be continued (its plan differs).</source>
        <translation>%1: la ejecución interrumpida no se puede continuar (su plan es distinto).</translation>
    </message>
    <message>
        <source>%1: the interrupted run&apos;s rows cannot be continued (%2); starting this endpoint again.</source>
        <translation>%1: las filas de la ejecución interrumpida no se pueden continuar (%2); este endpoint empieza de nuevo.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>page %1 for company %2</source>
        <translation>página %1 de la empresa %2</translation>
    </message>
    <message>
        <source>%1: CallRail&apos;s next-page link repeats itself; stopping this list here.</source>
        <translation>%1: el enlace a la página siguiente de CallRail se repite; esta lista se detiene aquí.</translation>
    </message>
    <message>
        <source>%1: CallRail sent a field this version does not know, &quot;%2&quot;; it is kept in the other_fields column.</source>
        <translation>%1: CallRail envió un campo que esta versión no conoce, «%2»; se conserva en la columna other_fields.</translation>
    </message>
    <message>
        <source>%1 rows written, but CallRail reported %2: %3 missing.</source>
        <translation>Se escribieron %1 filas, pero CallRail indicó %2: faltan %3.</translation>
    </message>
    <message>
        <source>%1 more rows than CallRail first reported: records were added during the run.</source>
        <translation>%1 filas más de las que CallRail indicó al principio: se añadieron registros durante la ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n text character(s) arrived as half of a UTF-16 pair (valid JSON, but no character); each is kept as U+FFFD.</source>
        <translation>
            <numerusform>%1, %2: %n carácter de texto llegó como la mitad de un par UTF-16 (JSON válido, pero no un carácter); se conserva como U+FFFD.</numerusform>
            <numerusform>%1, %2: %n caracteres de texto llegaron como la mitad de un par UTF-16 (JSON válido, pero no un carácter); cada uno se conserva como U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n number(s) beyond 64 bits; each is kept as the nearest floating-point value.</source>
        <translation>
            <numerusform>%1, %2: %n número supera los 64 bits; se conserva como el valor de coma flotante más cercano.</numerusform>
            <numerusform>%1, %2: %n números superan los 64 bits; cada uno se conserva como el valor de coma flotante más cercano.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: the page holds %3 records where its own totals say %4.</source>
        <translation>%1, %2: la página contiene %3 registros donde sus propios totales indican %4.</translation>
    </message>
    <message>
        <source>Asking again.</source>
        <translation>Se vuelve a pedir.</translation>
    </message>
    <message>
        <source>Kept as it is.</source>
        <translation>Se conserva tal cual.</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>recuento de registros</translation>
    </message>
    <message>
        <source>record count for company %1</source>
        <translation>recuento de registros de la empresa %1</translation>
    </message>
    <message>
        <source>%1 The pages are read one after another instead.</source>
        <translation>%1 Las páginas se leen una tras otra.</translation>
    </message>
    <message>
        <source>%1, %2: the answer does not say how many records there are. The pages are read one after another instead.</source>
        <translation>%1, %2: la respuesta no indica cuántos registros hay. Las páginas se leen una tras otra.</translation>
    </message>
    <message>
        <source>%1, %2: the page holds %3 records where the count says at least %4.</source>
        <translation>%1, %2: la página contiene %3 registros donde el recuento indica al menos %4.</translation>
    </message>
    <message>
        <source>%1: CallRail sent &quot;%2&quot; without being asked for it; it is kept in the other_fields column.</source>
        <translation>%1: CallRail envió «%2» sin que se pidiera; se guarda en la columna other_fields.</translation>
    </message>
    <message>
        <source>grouped by %1</source>
        <translation>agrupado por %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1, %2: the report&apos;s rows add up to %3 where its total says %4.</source>
        <translation>%1, %2: las filas del informe suman %3, pero su total dice %4.</translation>
    </message>
</context>
<context>
    <name>callrail::Endpoints</name>
    <message>
        <source>Accounts this API key can see</source>
        <translation>Cuentas que esta clave de API puede ver</translation>
    </message>
    <message>
        <source>Inbound and outbound phone calls</source>
        <translation>Llamadas telefónicas entrantes y salientes</translation>
    </message>
    <message>
        <source>Companies (businesses) in the account</source>
        <translation>Empresas (negocios) de la cuenta</translation>
    </message>
    <message>
        <source>Web forms submitted by visitors</source>
        <translation>Formularios web enviados por los visitantes</translation>
    </message>
    <message>
        <source>Integrations (webhooks, analytics, …) per company</source>
        <translation>Integraciones (webhooks, analítica, …) por empresa</translation>
    </message>
    <message>
        <source>Tags used to label calls and forms</source>
        <translation>Etiquetas usadas para clasificar llamadas y formularios</translation>
    </message>
    <message>
        <source>Tracking numbers and their call flows</source>
        <translation>Números de seguimiento y sus flujos de llamada</translation>
    </message>
    <message>
        <source>Users with access to the account</source>
        <translation>Usuarios con acceso a la cuenta</translation>
    </message>
    <message>
        <source>Text message conversations (SMS/MMS)</source>
        <translation>Conversaciones por mensaje de texto (SMS/MMS)</translation>
    </message>
    <message>
        <source>Users&apos; call and message alert settings</source>
        <translation>Ajustes de avisos de llamadas y mensajes de los usuarios</translation>
    </message>
    <message>
        <source>Verified numbers used as outbound caller ID</source>
        <translation>Números verificados usados como identificador de llamada saliente</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Form submissions</source>
        <translation>Envíos de formularios</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>Números de seguimiento</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Mensajes de texto</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Outbound caller IDs</source>
        <translation>Identificadores de llamada saliente</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>The people behind the calls and forms, one row per person</source>
        <translation>Las personas detrás de las llamadas y los formularios, una fila por persona</translation>
    </message>
    <message>
        <source>Calls summary</source>
        <translation>Resumen de llamadas</translation>
    </message>
    <message>
        <source>Calls counted by source, campaign, keywords, landing page, referrer or company</source>
        <translation>Llamadas contadas por fuente, campaña, palabras clave, página de destino, referente o empresa</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Llamadas en el tiempo</translation>
    </message>
    <message>
        <source>Calls per day, week, month or hour: answered, missed, first-time callers</source>
        <translation>Llamadas por día, semana, mes u hora: atendidas, perdidas, primeras llamadas</translation>
    </message>
    <message>
        <source>Forms summary</source>
        <translation>Resumen de formularios</translation>
    </message>
    <message>
        <source>Form submissions counted by source, campaign, form or company</source>
        <translation>Envíos de formularios contados por fuente, campaña, formulario o empresa</translation>
    </message>
</context>
<context>
    <name>callrail::Export</name>
    <message>
        <source>Cannot resume %1: the file no longer exists.</source>
        <translation>No se puede reanudar %1: el archivo ya no existe.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot resume %1: the file holds %2 bytes, fewer than the %3 bytes already written.</source>
        <translation>No se puede reanudar %1: el archivo tiene %2 bytes, menos que los %3 bytes ya escritos.</translation>
    </message>
    <message>
        <source>Cannot resume %1: it was started with other columns or settings.</source>
        <translation>No se puede reanudar %1: se empezó con otras columnas u otros ajustes.</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>No se pudo escribir en %1: %2</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>Could not write to %1: the file is not open.</source>
        <translation>No se pudo escribir en %1: el archivo no está abierto.</translation>
    </message>
    <message>
        <source>Could not save %1: the file is not open.</source>
        <translation>No se pudo guardar %1: el archivo no está abierto.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::ExportFolderLock</name>
    <message>
        <source>%1 is being updated by another run</source>
        <translation>Otra ejecución está actualizando %1</translation>
    </message>
    <message>
        <source>%1 is being updated by another run (pid %2, started %3)</source>
        <translation>Otra ejecución está actualizando %1 (pid %2, iniciada a las %3)</translation>
    </message>
    <message>
        <source>%1; try again when it ends.</source>
        <translation>%1; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Cannot work in %1: no permission to create a file there.</source>
        <translation>No se puede trabajar en %1: no hay permiso para crear un archivo allí.</translation>
    </message>
    <message>
        <source>Cannot work in %1: its lock file %2 could not be written (is the disk full?).</source>
        <translation>No se puede trabajar en %1: no se pudo escribir su archivo de bloqueo %2 (¿está lleno el disco?).</translation>
    </message>
</context>
<context>
    <name>callrail::ExportManifest</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an export made by this version of CallRail Extractor (it has no %2). Run a full extraction into it once; later runs can refresh it.</source>
        <translation>%1 no es una exportación hecha por esta versión de CallRail Extractor (no tiene %2). Haga una extracción completa en ella una vez; después podrá actualizarse.</translation>
    </message>
    <message>
        <source>%1 is damaged or from another version: run a full extraction into the folder again.</source>
        <translation>%1 está dañado o es de otra versión: haga de nuevo una extracción completa en la carpeta.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::ExportNote</name>
    <message>
        <source>complete up to your limit of %1 records</source>
        <translation>completo hasta su límite de %1 registros</translation>
    </message>
    <message>
        <source>complete: all %1 records CallRail reported</source>
        <translation>completo: los %1 registros que indicó CallRail</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>INCOMPLETE: %1 of the %2 records CallRail reported</source>
        <translation>INCOMPLETO: %1 de los %2 registros que indicó CallRail</translation>
    </message>
    <message>
        <source>not available on this CallRail plan or to this key</source>
        <translation>no disponible en este plan de CallRail o para esta clave</translation>
    </message>
    <message>
        <source>INCOMPLETE: stopped by an error (%1)</source>
        <translation>INCOMPLETO: detenido por un error (%1)</translation>
    </message>
    <message>
        <source>INCOMPLETE: the run was cancelled</source>
        <translation>INCOMPLETO: la extracción se canceló</translation>
    </message>
    <message>
        <source>INCOMPLETE: not started</source>
        <translation>INCOMPLETO: no se inició</translation>
    </message>
    <message>
        <source>CallRail data exported by CallRail Extractor %1</source>
        <translation>Datos de CallRail exportados por CallRail Extractor %1</translation>
    </message>
    <message>
        <source>Extracted: %1 (%2)</source>
        <translation>Extraído: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Dates: %1, for calls, form submissions and text messages (the other lists are taken whole)</source>
        <translation>Fechas: %1, para llamadas, envíos de formularios y mensajes de texto (las demás listas se toman enteras)</translation>
    </message>
    <message>
        <source>JSON Lines (UTF-8)</source>
        <translation>JSON Lines (UTF-8)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>with a byte order mark for Excel</source>
        <translation>con marca de orden de bytes para Excel</translation>
    </message>
    <message>
        <source>cells starting with = + - @ prefixed with &apos; so that spreadsheets do not run them</source>
        <translation>las celdas que empiezan por = + - @ llevan delante &apos; para que las hojas de cálculo no las ejecuten</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <source>%1: no file</source>
        <translation>%1: sin archivo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln record(s), %1</source>
        <translation>
            <numerusform>  %Ln registro, %1</numerusform>
            <numerusform>  %Ln registros, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  Fields: %1</source>
        <translation>  Campos: %1</translation>
    </message>
    <message>
        <source>Requests to CallRail: %1; time taken: %2 s. The machine-readable record is summary.json.</source>
        <translation>Peticiones a CallRail: %1; tiempo: %2 s. El registro legible por máquina es summary.json.</translation>
    </message>
    <message>
        <source>Excel workbook (%1), from the JSON Lines files (UTF-8) beside it, which keep every value whole</source>
        <translation>Libro de Excel (%1), a partir de los archivos JSON Lines (UTF-8) que lo acompañan, que conservan cada valor entero</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>no escrito</translation>
    </message>
    <message>
        <source>SQLite database (%1, a table per list, merged on the id with earlier loads), from the JSON Lines files (UTF-8) beside it</source>
        <translation>Base de datos SQLite (%1, una tabla por lista, fusionada por id con cargas anteriores), a partir de los archivos JSON Lines (UTF-8) que la acompañan</translation>
    </message>
    <message>
        <source>PostgreSQL database (%1: a table per list, merged on the id with earlier loads), from the JSON Lines files (UTF-8) beside it</source>
        <translation>Base de datos PostgreSQL (%1: una tabla por lista, fusionada por id con las cargas anteriores), a partir de los archivos JSON Lines (UTF-8) junto a ella</translation>
    </message>
    <message>
        <source>  Columns added for the fields found in the records: %1</source>
        <translation>  Columnas añadidas para los campos hallados en los registros: %1</translation>
    </message>
    <message>
        <source>  %1: only its first %2 keys have columns of their own; any others stay in the %1 column.</source>
        <translation>  %1: solo sus primeras %2 claves tienen columna propia; las demás quedan en la columna %1.</translation>
    </message>
</context>
<context>
    <name>callrail::ExportRefresh</name>
    <message>
        <source>%1 Nothing was requested from CallRail; the export is as it was.</source>
        <translation>%1 No se pidió nada a CallRail; la exportación queda como estaba.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Continuing the interrupted refresh of %1.</source>
        <translation>Continuando la actualización interrumpida de %1.</translation>
    </message>
    <message>
        <source>The re-read did not complete, so the export was left as it was. Run the refresh again to continue where it stopped.</source>
        <translation>La relectura no terminó, así que la exportación quedó como estaba. Vuelva a actualizar para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>%1 was not re-read; the export was left as it was.</source>
        <translation>%1 no se volvió a leer; la exportación quedó como estaba.</translation>
    </message>
    <message>
        <source>%1 The export was left as it was.</source>
        <translation>%1 La exportación quedó como estaba.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The export was left as it was.</source>
        <translation>No se pudo escribir %1: %2. La exportación quedó como estaba.</translation>
    </message>
    <message>
        <source>Could not replace %1: %2. Run the refresh again to finish it.</source>
        <translation>No se pudo reemplazar %1: %2. Vuelva a actualizar para terminar.</translation>
    </message>
    <message>
        <source>The refresh journal %1 is damaged.</source>
        <translation>El diario de actualización %1 está dañado.</translation>
    </message>
    <message>
        <source>The files are refreshed; run the refresh again to retry.</source>
        <translation>Los archivos están actualizados; vuelva a actualizar para reintentar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::ExtractionOptions</name>
    <message>
        <source>Choose at least one endpoint to extract.</source>
        <translation>Elija al menos un endpoint para extraer.</translation>
    </message>
    <message>
        <source>Unknown endpoint &quot;%1&quot;. Known endpoints: %2.</source>
        <translation>Endpoint desconocido «%1». Endpoints conocidos: %2.</translation>
    </message>
    <message>
        <source>The record limit for %1 must be a positive number.</source>
        <translation>El límite de registros de %1 debe ser un número positivo.</translation>
    </message>
    <message>
        <source>%1 has no optional fields (asked for &quot;%2&quot;).</source>
        <translation>%1 no tiene campos opcionales (se pidió «%2»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an optional field of %2. Optional fields: %3.</source>
        <translation>«%1» no es un campo opcional de %2. Campos opcionales: %3.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Elija una carpeta de salida.</translation>
    </message>
    <message>
        <source>The output folder &quot;%1&quot; is a file, not a folder.</source>
        <translation>La carpeta de salida «%1» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the output folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta de salida «%1».</translation>
    </message>
    <message>
        <source>Cannot write in the output folder &quot;%1&quot;: %2</source>
        <translation>No se puede escribir en la carpeta de salida «%1»: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL schema needs a name of 1 to %1 bytes.</source>
        <translation>El esquema de PostgreSQL necesita un nombre de 1 a %1 bytes.</translation>
    </message>
    <message>
        <source>%1 is not a summary: it cannot be grouped (only %2 can).</source>
        <translation>%1 no es un resumen: no se puede agrupar (solo %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grouping of %2. Groupings: %3.</source>
        <translation>«%1» no es una agrupación de %2. Agrupaciones: %3.</translation>
    </message>
    <message>
        <source>%1 is not a time series: it has no interval (only %2 has).</source>
        <translation>%1 no es una serie temporal: no tiene intervalo (solo %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval of %2. Intervals: %3.</source>
        <translation>«%1» no es un intervalo de %2. Intervalos: %3.</translation>
    </message>
</context>
<context>
    <name>callrail::ExtractionRunner</name>
    <message>
        <source>There is no interrupted run to continue in &quot;%1&quot;.</source>
        <translation>No hay ninguna ejecución interrumpida que continuar en «%1».</translation>
    </message>
    <message>
        <source>The interrupted run in &quot;%1&quot; cannot be read (%2).</source>
        <translation>No se puede leer la ejecución interrumpida de «%1» (%2).</translation>
    </message>
    <message>
        <source>No API key: store one in the app, or set CALLRAIL_API_KEY.</source>
        <translation>No hay clave de API: guarde una en la aplicación o defina CALLRAIL_API_KEY.</translation>
    </message>
    <message>
        <source>The saved request budget could not be read (%1); counting from zero.</source>
        <translation>No se pudo leer el presupuesto de solicitudes guardado (%1); se cuenta desde cero.</translation>
    </message>
    <message>
        <source>%1 Retrying %2 in %3 s (attempt %4).</source>
        <translation>%1 Se reintenta %2 en %3 s (intento %4).</translation>
    </message>
    <message>
        <source>Waiting: %1. The run goes on by itself at %2.</source>
        <translation>En espera: %1. La ejecución continuará sola a las %2.</translation>
    </message>
    <message>
        <source>The accounts this key can see could not be listed: %1</source>
        <translation>No se pudieron listar las cuentas que ve esta clave: %1</translation>
    </message>
    <message>
        <source>The run cannot be resumed if interrupted: %1</source>
        <translation>La ejecución no se podrá reanudar si se interrumpe: %1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <source>Extracting %1 into %2; calls, form submissions and text messages from %3.</source>
        <translation>Extrayendo %1 en %2; llamadas, formularios enviados y mensajes de texto de %3.</translation>
    </message>
    <message>
        <source>Account %1 (%2 of %3): %4</source>
        <translation>Cuenta %1 (%2 de %3): %4</translation>
    </message>
    <message>
        <source>%1 needs the account&apos;s companies, which could not be listed: %2</source>
        <translation>%1 necesita las empresas de la cuenta, que no se pudieron listar: %2</translation>
    </message>
    <message>
        <source>That is more than CallRail allows now: the run will pause when the limit is reached and go on by itself; it should finish around %1.</source>
        <translation>Es más de lo que CallRail permite ahora: la ejecución se pausará al alcanzar el límite y continuará sola; debería terminar hacia las %1.</translation>
    </message>
    <message>
        <source>Stopped: the API key was rejected.</source>
        <translation>Detenido: la clave de API fue rechazada.</translation>
    </message>
    <message>
        <source>Cancelled. The rows fetched so far are kept; the run can be resumed.</source>
        <translation>Cancelado. Se conservan las filas obtenidas hasta ahora; la ejecución se puede reanudar.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>No iniciado.</translation>
    </message>
    <message>
        <source>The request budget could not be saved: %1</source>
        <translation>No se pudo guardar el presupuesto de solicitudes: %1</translation>
    </message>
    <message numerus="yes">
        <source>This account needs about %n more request(s) (%1 made so far); it has %2 left this hour and %3 today.</source>
        <translation>
            <numerusform>Esta cuenta necesita unas %n solicitud más (%1 hechas hasta ahora); le quedan %2 en esta hora y %3 hoy.</numerusform>
            <numerusform>Esta cuenta necesita unas %n solicitudes más (%1 hechas hasta ahora); le quedan %2 en esta hora y %3 hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was asked of CallRail: the PostgreSQL database cannot be used. %1</source>
        <translation>No se pidió nada a CallRail: la base de datos PostgreSQL no se puede usar. %1</translation>
    </message>
</context>
<context>
    <name>callrail::FieldPickerDialog</name>
    <message>
        <source>Optional fields of %1</source>
        <translation>Campos opcionales de %1</translation>
    </message>
    <message>
        <source>CallRail sends these fields only when asked. Tick the ones you need; each adds a column to the %1 file.</source>
        <translation>CallRail solo envía estos campos si se le piden. Marque los que necesite; cada uno añade una columna al archivo %1.</translation>
    </message>
    <message>
        <source>Optional fields</source>
        <translation>Campos opcionales</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todos</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;ninguno</translation>
    </message>
    <message>
        <source>Groupings of %1</source>
        <translation>Agrupaciones de %1</translation>
    </message>
    <message>
        <source>CallRail counts the window once for each grouping you tick: one request each, and a row for every source, campaign, … it finds.</source>
        <translation>CallRail cuenta el periodo una vez por cada agrupación marcada: una solicitud cada una, y una fila por cada fuente, campaña, … que encuentre.</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Agrupaciones</translation>
    </message>
    <message>
        <source>Interval of %1</source>
        <translation>Intervalo de %1</translation>
    </message>
    <message>
        <source>One row per period. CallRail sends at most 200 points a request, so a long window at a fine interval takes a few more requests.</source>
        <translation>Una fila por periodo. CallRail envía como máximo 200 puntos por solicitud, así que un periodo largo con un intervalo fino necesita algunas solicitudes más.</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
</context>
<context>
    <name>callrail::FileMerge</name>
    <message>
        <source>Cannot read the re-read records %1: %2</source>
        <translation>No se pueden leer los registros releídos %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the exported file %1: %2</source>
        <translation>No se puede leer el archivo exportado %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The exported file %1 is empty.</source>
        <translation>El archivo exportado %1 está vacío.</translation>
    </message>
    <message>
        <source>The exported file %1 has no id column.</source>
        <translation>El archivo exportado %1 no tiene columna id.</translation>
    </message>
    <message>
        <source>The exported file %1 holds a line that is not a record with an id: it was not written by this program, or was edited.</source>
        <translation>El archivo exportado %1 contiene una línea que no es un registro con id: no lo escribió este programa, o fue editado.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot rename the file</source>
        <translation>no se puede renombrar el archivo</translation>
    </message>
</context>
<context>
    <name>callrail::FolderBusyDialog</name>
    <message>
        <source>Export folder in use</source>
        <translation>Carpeta de exportación en uso</translation>
    </message>
    <message>
        <source>Who is using the folder</source>
        <translation>Quién está usando la carpeta</translation>
    </message>
    <message>
        <source>%1.

Wait for it to end? This goes ahead by itself as soon as the folder is free; nothing is lost by waiting.</source>
        <translation>%1.

¿Esperar a que termine? Esto continúa por sí solo en cuanto la carpeta quede libre; esperar no hace perder nada.</translation>
    </message>
    <message>
        <source>Waiting for the other run to end</source>
        <translation>Esperando a que termine la otra ejecución</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>&amp;Esperar</translation>
    </message>
    <message>
        <source>Wait for the other run, then go ahead</source>
        <translation>Esperar a la otra ejecución y después continuar</translation>
    </message>
    <message>
        <source>Give up; nothing is saved or refreshed</source>
        <translation>Desistir; no se guarda ni se actualiza nada</translation>
    </message>
    <message>
        <source>%1.

Waiting for it to end…</source>
        <translation>%1.

Esperando a que termine…</translation>
    </message>
</context>
<context>
    <name>callrail::FormFields</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::JsonPage</name>
    <message>
        <source>the body is empty</source>
        <translation>el cuerpo está vacío</translation>
    </message>
    <message>
        <source>a text holds a raw control character, which JSON forbids</source>
        <translation>un texto contiene un carácter de control sin escapar, que JSON prohíbe</translation>
    </message>
    <message>
        <source>the body is not valid UTF-8</source>
        <translation>el cuerpo no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a text holds a broken escape sequence</source>
        <translation>un texto contiene una secuencia de escape rota</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>un número está mal formado</translation>
    </message>
    <message>
        <source>a value is misspelt</source>
        <translation>un valor está mal escrito</translation>
    </message>
    <message>
        <source>the JSON text is broken (cut short, or with stray characters)</source>
        <translation>el texto JSON está roto (cortado o con caracteres sobrantes)</translation>
    </message>
    <message>
        <source>the body is JSON, but not a JSON object</source>
        <translation>el cuerpo es JSON, pero no un objeto JSON</translation>
    </message>
</context>
<context>
    <name>callrail::KeyController</name>
    <message>
        <source>Enter your CallRail API key first.</source>
        <translation>Primero introduzca su clave de API de CallRail.</translation>
    </message>
    <message>
        <source>The key is used for this session only; it will be forgotten when you quit.</source>
        <translation>La clave se usa solo en esta sesión; se olvidará al salir.</translation>
    </message>
    <message>
        <source>The key was forgotten.</source>
        <translation>Se olvidó la clave.</translation>
    </message>
    <message>
        <source>CallRail rejected this key. Check that you copied the whole key.</source>
        <translation>CallRail rechazó esta clave. Compruebe que ha copiado la clave completa.</translation>
    </message>
    <message numerus="yes">
        <source>The key works. It can see %n account(s): %1.</source>
        <translation>
            <numerusform>La clave funciona. Puede ver %n cuenta: %1.</numerusform>
            <numerusform>La clave funciona. Puede ver %n cuentas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no keychain on this computer, so the key cannot be stored safely. You can use it for this session only; it is never written to a file.</source>
        <translation>Este equipo no tiene llavero, así que la clave no se puede guardar de forma segura. Puede usarla solo en esta sesión; nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>La clave está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The key was removed from the keychain.</source>
        <translation>La clave se eliminó del llavero.</translation>
    </message>
    <message>
        <source>Checking the new key with CallRail before it replaces the one in use…</source>
        <translation>Comprobando la nueva clave con CallRail antes de que sustituya a la que está en uso…</translation>
    </message>
    <message>
        <source>This key could not be checked: %1</source>
        <translation>No se pudo comprobar esta clave: %1</translation>
    </message>
</context>
<context>
    <name>callrail::KeyPage</name>
    <message>
        <source>Connect to CallRail</source>
        <translation>Conectar con CallRail</translation>
    </message>
    <message>
        <source>Paste your CallRail API v3 key. You find it in CallRail under Settings → API Keys. It is kept in your system keychain and never written to a file.</source>
        <translation>Pegue su clave de la API v3 de CallRail. La encontrará en CallRail, en Settings → API Keys. Se guarda en el llavero del sistema y nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Ask CallRail which accounts this key can see.</source>
        <translation>Preguntar a CallRail qué cuentas puede ver esta clave.</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Store the key in the system keychain and continue.</source>
        <translation>Guardar la clave en el llavero del sistema y continuar.</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Usar &amp;solo en esta sesión</translation>
    </message>
    <message>
        <source>Keep the key in memory until you quit; nothing is stored.</source>
        <translation>Mantener la clave en memoria hasta salir; no se guarda nada.</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>Esperando al llavero…</translation>
    </message>
    <message>
        <source>No key at hand?</source>
        <translation>¿No tiene una clave a mano?</translation>
    </message>
    <message>
        <source>Try everything on a built-in demo account first. Nothing is sent to CallRail.</source>
        <translation>Pruébelo todo primero con una cuenta de demostración integrada. No se envía nada a CallRail.</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Probar con datos de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Asking CallRail…</source>
        <translation>Preguntando a CallRail…</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Guardar &amp;de todos modos</translation>
    </message>
    <message>
        <source>Store this key although its test failed; it replaces the stored key.</source>
        <translation>Guardar esta clave aunque su prueba falló; sustituye a la clave guardada.</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Estado de la clave</translation>
    </message>
    <message>
        <source>It was not saved; the key you had stays as it was. Correct the key, or choose Save anyway.</source>
        <translation>No se guardó; la clave que tenía sigue igual. Corrija la clave o elija Guardar de todos modos.</translation>
    </message>
</context>
<context>
    <name>callrail::LaunchdJobs</name>
    <message>
        <source>launchd agent</source>
        <translation>agente de launchd</translation>
    </message>
</context>
<context>
    <name>callrail::LimitDelegate</name>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Record limit</source>
        <translation>Límite de registros</translation>
    </message>
</context>
<context>
    <name>callrail::ListPageCheck</name>
    <message>
        <source>the answer has no &quot;%1&quot; list</source>
        <translation>la respuesta no contiene la lista «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>«%1» no es una lista</translation>
    </message>
    <message>
        <source>entry %1 of the &quot;%2&quot; list is not a record</source>
        <translation>la entrada %1 de la lista «%2» no es un registro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>&quot;has_next_page&quot; is not true or false</source>
        <translation>«has_next_page» no es verdadero ni falso</translation>
    </message>
    <message>
        <source>&quot;next_page&quot; is not a link</source>
        <translation>«next_page» no es un enlace</translation>
    </message>
    <message>
        <source>it says another page follows but gives no link to it</source>
        <translation>dice que sigue otra página pero no da su enlace</translation>
    </message>
    <message>
        <source>the page holds %1 records, more than the %2 of a page</source>
        <translation>la página contiene %1 registros, más que los %2 de una página</translation>
    </message>
    <message>
        <source>the page holds %1 records where %2 were due (another page follows, so it is not the last)</source>
        <translation>la página contiene %1 registros donde correspondían %2 (sigue otra página, así que no es la última)</translation>
    </message>
</context>
<context>
    <name>callrail::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>callrail::Logging</name>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>No se puede escribir el archivo de registro %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::MainController</name>
    <message>
        <source>The demo data could not be started (no free local port).</source>
        <translation>No se pudieron iniciar los datos de demostración (no hay ningún puerto local libre).</translation>
    </message>
    <message>
        <source>CallRail rejected the stored API key. Enter a new one.</source>
        <translation>CallRail rechazó la clave de API guardada. Introduzca una nueva.</translation>
    </message>
    <message>
        <source>Enter an API key, or try the demo data.</source>
        <translation>Introduzca una clave de API o pruebe los datos de demostración.</translation>
    </message>
    <message>
        <source>CallRail rejected the API key during the run. Enter a valid key; what was fetched is kept and the run can be resumed.</source>
        <translation>CallRail rechazó la clave de API durante la ejecución. Introduzca una clave válida; lo obtenido se conserva y la ejecución se puede reanudar.</translation>
    </message>
    <message>
        <source>There is nothing to save yet: run an extraction first.</source>
        <translation>Todavía no hay nada que guardar: ejecute primero una extracción.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Se guardó %n archivo en %1.</numerusform>
            <numerusform>Se guardaron %n archivos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the results are saved: a new run replaces them.</source>
        <translation>Espere a que se guarden los resultados: una nueva ejecución los reemplaza.</translation>
    </message>
    <message>
        <source>Wait until the refresh has finished.</source>
        <translation>Espere a que termine la actualización.</translation>
    </message>
    <message>
        <source>Saving as %1 in %2…</source>
        <translation>Guardando como %1 en %2…</translation>
    </message>
</context>
<context>
    <name>callrail::MainWindow</name>
    <message>
        <source>CallRail Extractor</source>
        <translation>CallRail Extractor</translation>
    </message>
    <message>
        <source>Demo data: you are looking at an imitation CallRail account. Nothing is sent to CallRail. Enter your API key (Key → Change key…) to extract your own data.</source>
        <translation>Datos de demostración: está viendo una cuenta de CallRail simulada. No se envía nada a CallRail. Introduzca su clave de API (Clave → Cambiar clave…) para extraer sus propios datos.</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Change &amp;key…</source>
        <translation>Cambiar &amp;clave…</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>&amp;Olvidar clave</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the extraction (Ctrl+R)</source>
        <translation>Iniciar la extracción (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop now and keep what was fetched (Esc)</source>
        <translation>Detener ahora y conservar lo obtenido (Esc)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Continue the interrupted run where it stopped</source>
        <translation>Continuar la ejecución interrumpida donde se detuvo</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>Extrayendo…</translation>
    </message>
    <message>
        <source>&amp;Start extraction</source>
        <translation>&amp;Iniciar extracción</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel extraction</source>
        <translation>&amp;Cancelar extracción</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Cancelling… rows fetched so far are kept.</source>
        <translation>Cancelando… se conservan las filas obtenidas hasta ahora.</translation>
    </message>
    <message>
        <source>&amp;Resume interrupted run</source>
        <translation>&amp;Reanudar ejecución interrumpida</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Probar con datos de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Change key…</source>
        <translation>&amp;Cambiar clave…</translation>
    </message>
    <message>
        <source>&amp;About CallRail Extractor</source>
        <translation>&amp;Acerca de CallRail Extractor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>C&amp;lave</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Save the extracted files in</source>
        <translation>Guardar los archivos extraídos en</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Reemplazar archivos?</translation>
    </message>
    <message>
        <source>These files already exist in %1:

%2

Replace them?</source>
        <translation>Estos archivos ya existen en %1:

%2

¿Reemplazarlos?</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Se guardó %n archivo en %1.</numerusform>
            <numerusform>Se guardaron %n archivos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Resultados sin guardar</translation>
    </message>
    <message>
        <source>The results of the last extraction have not been saved. Discard them?</source>
        <translation>Los resultados de la última extracción no se han guardado. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Using demo data</source>
        <translation>Usando datos de demostración</translation>
    </message>
    <message>
        <source>Key: this session only</source>
        <translation>Clave: solo esta sesión</translation>
    </message>
    <message>
        <source>Key: in the system keychain</source>
        <translation>Clave: en el llavero del sistema</translation>
    </message>
    <message>
        <source>About CallRail Extractor</source>
        <translation>Acerca de CallRail Extractor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallRail Extractor %1&lt;/h3&gt;&lt;p&gt;Extracts your CallRail API v3 data into CSV and JSON Lines files.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), licensed under the GNU LGPL version 3. The API key is kept with QtKeychain, under the BSD licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CallRail Extractor %1&lt;/h3&gt;&lt;p&gt;Extrae sus datos de la API v3 de CallRail a archivos CSV y JSON Lines.&lt;/p&gt;&lt;p&gt;Creado con Qt %2 (ejecutándose sobre Qt %3), con licencia GNU LGPL versión 3. La clave de API se guarda con QtKeychain, con licencia BSD.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Extraction running</source>
        <translation>Extracción en curso</translation>
    </message>
    <message>
        <source>An extraction is running. Stop it and quit? What was fetched is not saved.</source>
        <translation>Hay una extracción en curso. ¿Detenerla y salir? Lo obtenido no se guarda.</translation>
    </message>
    <message>
        <source>Progress and preview</source>
        <translation>Progreso y vista previa</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Dónde se guarda la clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show the &amp;settings panel</source>
        <translation>Mostrar el panel de &amp;ajustes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Enter a valid key, then Resume.</source>
        <translation>Introduzca una clave válida y luego Reanudar.</translation>
    </message>
    <message>
        <source>Preview them, then Save.</source>
        <translation>Revíselos y luego Guardar.</translation>
    </message>
    <message>
        <source>Resume fetches what is missing; what arrived can be previewed and saved.</source>
        <translation>Reanudar descarga lo que falta; lo recibido se puede revisar y guardar.</translation>
    </message>
    <message>
        <source>◀ Hide settings</source>
        <translation>◀ Ocultar ajustes</translation>
    </message>
    <message>
        <source>Settings ▶</source>
        <translation>Ajustes ▶</translation>
    </message>
    <message>
        <source>Give the progress and the preview the whole width (F9)</source>
        <translation>Dar todo el ancho al progreso y a la vista previa (F9)</translation>
    </message>
    <message>
        <source>Show what to extract again (F9)</source>
        <translation>Volver a mostrar qué extraer (F9)</translation>
    </message>
    <message>
        <source>Hide the settings panel</source>
        <translation>Ocultar el panel de ajustes</translation>
    </message>
    <message>
        <source>Show the settings panel</source>
        <translation>Mostrar el panel de ajustes</translation>
    </message>
    <message>
        <source>Re&amp;fresh an export…</source>
        <translation>Actuali&amp;zar una exportación…</translation>
    </message>
    <message>
        <source>Bring a folder saved earlier up to date with a few requests: new records added, edited ones updated, deleted ones marked</source>
        <translation>Poner al día una carpeta guardada antes con pocas solicitudes: registros nuevos añadidos, editados actualizados, borrados marcados</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>What Save writes: files for a spreadsheet, a workbook, or a database</source>
        <translation>Lo que escribe Guardar: archivos para una hoja de cálculo, un libro o una base de datos</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>Actualizar &amp;automáticamente…</translation>
    </message>
    <message>
        <source>Save the ticked lists as %1 (Ctrl+S)</source>
        <translation>Guardar las listas marcadas como %1 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Refresh the export in</source>
        <translation>Actualizar la exportación de</translation>
    </message>
    <message>
        <source>Export refreshed</source>
        <translation>Exportación actualizada</translation>
    </message>
    <message>
        <source>Export not refreshed</source>
        <translation>Exportación no actualizada</translation>
    </message>
    <message>
        <source>Scheduled refresh failed: %1</source>
        <translation>Falló una actualización programada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled refresh(es) failed while the window was closed:</source>
        <translation>
            <numerusform>%n actualización programada falló mientras la ventana estaba cerrada:</numerusform>
            <numerusform>%n actualizaciones programadas fallaron mientras la ventana estaba cerrada:</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled refresh failed</source>
        <translation>Falló una actualización programada</translation>
    </message>
    <message>
        <source>Saving %1 (%2 of %3)…</source>
        <translation>Guardando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Stopping the save after the file being written…</source>
        <translation>Deteniendo el guardado tras el archivo que se está escribiendo…</translation>
    </message>
    <message>
        <source>Stop saving: the files saved so far stay whole (Esc)</source>
        <translation>Detener el guardado: los archivos ya guardados quedan completos (Esc)</translation>
    </message>
</context>
<context>
    <name>callrail::OptionLimits</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (got &quot;%4&quot;).</source>
        <translation>%1 debe ser un número entero de %2 a %3 (se recibió «%4»).</translation>
    </message>
    <message>
        <source>Records per page</source>
        <translation>El número de registros por página</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>La concurrencia</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>El número de reintentos</translation>
    </message>
    <message>
        <source>The request timeout in seconds</source>
        <translation>El tiempo de espera de las solicitudes en segundos</translation>
    </message>
    <message>
        <source>The hourly request budget</source>
        <translation>El presupuesto de solicitudes por hora</translation>
    </message>
    <message>
        <source>The daily request budget</source>
        <translation>El presupuesto de solicitudes por día</translation>
    </message>
    <message>
        <source>The budget window in seconds</source>
        <translation>La ventana del presupuesto en segundos</translation>
    </message>
    <message>
        <source>The date slice length in days</source>
        <translation>La duración de los tramos de fechas en días</translation>
    </message>
    <message>
        <source>The record limit</source>
        <translation>El límite de registros</translation>
    </message>
</context>
<context>
    <name>callrail::PagePlan</name>
    <message>
        <source>%1: CallRail reported an implausible number of pages (%2); stopped to be safe.</source>
        <translation>%1: CallRail indicó un número de páginas inverosímil (%2); se detuvo por seguridad.</translation>
    </message>
    <message>
        <source>page %1 came back empty before the reported end (page %2)</source>
        <translation>la página %1 llegó vacía antes del final indicado (página %2)</translation>
    </message>
</context>
<context>
    <name>callrail::PostgresConnection</name>
    <message>
        <source>No PostgreSQL database named: give a libpq connection string or URI, e.g. &quot;host=localhost dbname=analytics&quot;.</source>
        <translation>No se indicó ninguna base de datos PostgreSQL: dé una cadena de conexión o URI de libpq, p. ej. &quot;host=localhost dbname=analytics&quot;.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection is not a libpq connection string or URI.</source>
        <translation>La conexión PostgreSQL no es una cadena de conexión ni una URI de libpq.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection is not a libpq connection string or URI (%1).</source>
        <translation>La conexión PostgreSQL no es una cadena de conexión ni una URI de libpq (%1).</translation>
    </message>
    <message>
        <source>The PostgreSQL connection holds a password. Give it in PGPASSWORD or ~/.pgpass instead (in the window, in its password field), so that no command line, log or file shows it.</source>
        <translation>La conexión PostgreSQL contiene una contraseña. Désela en PGPASSWORD o ~/.pgpass (en la ventana, en su campo de contraseña), para que ninguna línea de comandos, registro ni archivo la muestre.</translation>
    </message>
    <message>
        <source>%1, schema %2</source>
        <translation>%1, esquema %2</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation>No se pudo conectar a PostgreSQL: memoria agotada.</translation>
    </message>
    <message>
        <source>The PostgreSQL server asks for a password and none was given: set PGPASSWORD or add it to ~/.pgpass (in the window, type it in the password field). %1</source>
        <translation>El servidor PostgreSQL pide una contraseña y no se dio ninguna: defina PGPASSWORD o añádala a ~/.pgpass (en la ventana, escríbala en el campo de contraseña). %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or the password. %1</source>
        <translation>El servidor PostgreSQL rechazó el nombre de usuario o la contraseña. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server has no such database or user. %1</source>
        <translation>El servidor PostgreSQL no tiene esa base de datos o ese usuario. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server does not accept this connection (pg_hba.conf). %1</source>
        <translation>El servidor PostgreSQL no acepta esta conexión (pg_hba.conf). %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached. %1</source>
        <translation>No se puede llegar al servidor PostgreSQL. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server is version %1; loading needs 9.5 or later.</source>
        <translation>El servidor PostgreSQL es la versión %1; la carga necesita 9.5 o posterior.</translation>
    </message>
    <message>
        <source>The PostgreSQL session could not be set up: %1</source>
        <translation>No se pudo preparar la sesión PostgreSQL: %1</translation>
    </message>
</context>
<context>
    <name>callrail::PostgresDialog</name>
    <message>
        <source>Save as a PostgreSQL database</source>
        <translation>Guardar como base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>The lists go into tables of this schema, merged by id with what is there already. The password is kept in the system&apos;s keychain.</source>
        <translation>Las listas van a tablas de este esquema, fusionadas por id con lo que ya hay. La contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>localhost, or a server&apos;s name</source>
        <translation>localhost, o el nombre de un servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>Es&amp;quema:</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Connected: the database is ready.</source>
        <translation>Conectado: la base de datos está lista.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>callrail::PostgresWriter</name>
    <message>
        <source>The schema %1 could not be created: %2</source>
        <translation>No se pudo crear el esquema %1: %2</translation>
    </message>
    <message>
        <source>the table %1 holds one account (its key is id alone); load several accounts into another schema.</source>
        <translation>la tabla %1 contiene una sola cuenta (su clave es solo id); cargue varias cuentas en otro esquema.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no id column to key its rows.</source>
        <translation>%1 no tiene columna id para identificar sus filas.</translation>
    </message>
    <message>
        <source>The PostgreSQL database is not open.</source>
        <translation>La base de datos PostgreSQL no está abierta.</translation>
    </message>
    <message>
        <source>the name %1 is longer than PostgreSQL&apos;s %2 bytes.</source>
        <translation>el nombre %1 es más largo que los %2 bytes de PostgreSQL.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::PreviewPanel</name>
    <message>
        <source>Run an extraction to preview its rows here before saving them.</source>
        <translation>Ejecute una extracción para previsualizar aquí sus filas antes de guardarlas.</translation>
    </message>
    <message>
        <source>Extracted lists</source>
        <translation>Listas extraídas</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>callrail::PreviewTab</name>
    <message>
        <source>Filter rows</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrar filas…</translation>
    </message>
    <message>
        <source>Extracted rows</source>
        <translation>Filas extraídas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%1 de %2 filas coinciden</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Mostrar todas las columnas</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Columnas…</translation>
    </message>
    <message>
        <source>Show or hide columns</source>
        <translation>Mostrar u ocultar columnas</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Elegir las columnas que se muestran</translation>
    </message>
    <message>
        <source>Preview activity</source>
        <translation>Actividad de la vista previa</translation>
    </message>
    <message>
        <source>Rows and completeness</source>
        <translation>Filas y completitud</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::Reconciled</name>
    <message>
        <source>CallRail reports %1 form submissions for this window; the export holds %2.</source>
        <translation>CallRail indica %1 envíos de formularios en este periodo; la exportación contiene %2.</translation>
    </message>
    <message>
        <source>CallRail reports %1 calls for this window; the export holds %2.</source>
        <translation>CallRail indica %1 llamadas en este periodo; la exportación contiene %2.</translation>
    </message>
    <message>
        <source>Warning: CallRail reports %1 form submissions for this window, but the export holds %2.</source>
        <translation>Atención: CallRail indica %1 envíos de formularios en este periodo, pero la exportación contiene %2.</translation>
    </message>
    <message>
        <source>Warning: CallRail reports %1 calls for this window, but the export holds %2.</source>
        <translation>Atención: CallRail indica %1 llamadas en este periodo, pero la exportación contiene %2.</translation>
    </message>
</context>
<context>
    <name>callrail::RefreshController</name>
    <message>
        <source>Refreshing %1…</source>
        <translation>Actualizando %1…</translation>
    </message>
</context>
<context>
    <name>callrail::RefreshReport</name>
    <message>
        <source>The refresh that was interrupted while swapping the files in is now complete.</source>
        <translation>La actualización interrumpida al sustituir los archivos ya está completa.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 removed, %5 unchanged</source>
        <translation>%1: %2 nuevos, %3 actualizados, %4 eliminados, %5 sin cambios</translation>
    </message>
    <message>
        <source> (%1 older, not re-read)</source>
        <translation> (%1 más antiguos, no releídos)</translation>
    </message>
    <message numerus="yes">
        <source>Re-read from %1: %Ln request(s).</source>
        <translation>
            <numerusform>Releído desde %1: %Ln solicitud.</numerusform>
            <numerusform>Releído desde %1: %Ln solicitudes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::RefreshSchedule</name>
    <message>
        <source>The export folder must be a full path.</source>
        <translation>La carpeta de exportación debe ser una ruta completa.</translation>
    </message>
    <message>
        <source>The path of callrail-export must be a full path.</source>
        <translation>La ruta de callrail-export debe ser una ruta completa.</translation>
    </message>
    <message>
        <source>The folder name holds a control character (a line break, say) that a scheduled job cannot carry; rename the folder.</source>
        <translation>El nombre de la carpeta contiene un carácter de control (un salto de línea, por ejemplo) que una tarea programada no puede llevar; cambie el nombre de la carpeta.</translation>
    </message>
    <message>
        <source>The time of day is not valid.</source>
        <translation>La hora del día no es válida.</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Cada día a las %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>Cada %1 a las %2</translation>
    </message>
</context>
<context>
    <name>callrail::ReportRows</name>
    <message>
        <source>%1: the report holds an entry that is not a row.</source>
        <translation>%1: el informe contiene una entrada que no es una fila.</translation>
    </message>
</context>
<context>
    <name>callrail::ResultSaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot read the extracted file %1: %2</source>
        <translation>No se puede leer el archivo extraído %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saving was stopped; %1 and what follows it were not written.</source>
        <translation>Se detuvo el guardado; %1 y lo que le sigue no se escribieron.</translation>
    </message>
</context>
<context>
    <name>callrail::ResumeStore</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::RunController</name>
    <message>
        <source>Cannot create a working folder in %1: %2</source>
        <translation>No se puede crear una carpeta de trabajo en %1: %2</translation>
    </message>
    <message>
        <source>Stopped: CallRail rejected the API key.</source>
        <translation>Detenido: CallRail rechazó la clave de API.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de empezar.</translation>
    </message>
</context>
<context>
    <name>callrail::RunPanel</name>
    <message>
        <source>Progress per endpoint</source>
        <translation>Progreso por endpoint</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso general</translation>
    </message>
    <message>
        <source>&amp;Log, showing:</source>
        <translation>&amp;Registro, mostrando:</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nivel de registro</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Información y superior</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Transcurrido %1</translation>
    </message>
    <message>
        <source>time left: estimating…</source>
        <translation>tiempo restante: calculando…</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <source>Requests sent: %1</source>
        <translation>Solicitudes enviadas: %1</translation>
    </message>
    <message>
        <source> of about %1 needed</source>
        <translation> de unas %1 necesarias</translation>
    </message>
    <message>
        <source> · budget left: %1 this hour, %2 today</source>
        <translation> · presupuesto restante: %1 esta hora, %2 hoy</translation>
    </message>
    <message>
        <source>— more than is left this hour: the run will pause and go on by itself.</source>
        <translation>— más de lo que queda esta hora: la ejecución se pausará y continuará sola.</translation>
    </message>
    <message>
        <source>Waiting for CallRail&apos;s request limit: going on at %1.</source>
        <translation>Esperando al límite de solicitudes de CallRail: se continúa a las %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Time taken and left</source>
        <translation>Tiempo transcurrido y restante</translation>
    </message>
    <message>
        <source>Requests and budget</source>
        <translation>Peticiones y presupuesto</translation>
    </message>
    <message>
        <source>Waiting for the request limit</source>
        <translation>Esperando al límite de peticiones</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Resumen de la extracción</translation>
    </message>
    <message>
        <source>Rows fetched so far are kept; the run can be resumed with a valid key.</source>
        <translation>Las filas obtenidas hasta ahora se conservan; la extracción se puede reanudar con una clave válida.</translation>
    </message>
    <message>
        <source>Resume fetches what is missing.</source>
        <translation>Reanudar descarga lo que falta.</translation>
    </message>
</context>
<context>
    <name>callrail::RunProgressModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Stopped at your limit of %1 records.</source>
        <translation>Detenido en su límite de %1 registros.</translation>
    </message>
    <message>
        <source>Checked: all %1 records CallRail reported.</source>
        <translation>Comprobado: los %1 registros que indicó CallRail.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 records CallRail reported arrived.</source>
        <translation>Solo llegaron %1 de los %2 registros que indicó CallRail.</translation>
    </message>
    <message>
        <source>Not available on your CallRail plan (or to this key).</source>
        <translation>No disponible en su plan de CallRail (o para esta clave).</translation>
    </message>
    <message>
        <source>CallRail is busy, retrying in %1 s</source>
        <translation>CallRail está ocupado; se reintenta en %1 s</translation>
    </message>
    <message>
        <source>Retrying in %1 s (%2)</source>
        <translation>Reintento en %1 s (%2)</translation>
    </message>
    <message>
        <source>%1 (file %2). Ticked files are written when you save.</source>
        <translation>%1 (archivo %2). Los archivos marcados se escriben al guardar.</translation>
    </message>
    <message>
        <source>Stopped: %1 Rows fetched so far are kept; Resume continues.</source>
        <translation>Detenido: %1 Las filas obtenidas se conservan; Reanudar continúa.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) fetched are kept; Resume continues.</source>
        <translation>
            <numerusform>La %Ln fila obtenida se conserva; Reanudar continúa.</numerusform>
            <numerusform>Las %Ln filas obtenidas se conservan; Reanudar continúa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) dropped.</source>
        <translation>
            <numerusform>%Ln duplicado descartado.</numerusform>
            <numerusform>%Ln duplicados descartados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests to CallRail that failed, retried or not. Waiting for the hourly request limit is not counted.</source>
        <translation>Solicitudes a CallRail que fallaron, reintentadas o no. La espera por el límite horario de solicitudes no cuenta.</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Intentos fallidos</translation>
    </message>
</context>
<context>
    <name>callrail::RunSummary</name>
    <message>
        <source>Extraction summary</source>
        <translation>Resumen de la extracción</translation>
    </message>
    <message>
        <source>  Total time:  %1 s</source>
        <translation>  Tiempo total:  %1 s</translation>
    </message>
    <message>
        <source>  Endpoints:   %1</source>
        <translation>  Endpoints:     %1</translation>
    </message>
    <message>
        <source>  Successful:  %1</source>
        <translation>  Correctos:     %1</translation>
    </message>
    <message>
        <source>  Failed:      %1</source>
        <translation>  Fallidos:      %1</translation>
    </message>
    <message>
        <source>  Records:     %1</source>
        <translation>  Registros:     %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source> (CallRail reported %1)</source>
        <translation> (CallRail indicó %1)</translation>
    </message>
    <message>
        <source> (record limit reached)</source>
        <translation> (se alcanzó el límite de registros)</translation>
    </message>
    <message>
        <source>  Stopped: %1</source>
        <translation>  Detenido: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>  Cancelled:   %1</source>
        <translation>  Canceladas:  %1</translation>
    </message>
    <message>
        <source>Stopped after %1 s, CallRail rejected the API key:</source>
        <translation>Detenido tras %1 s, CallRail rechazó la clave de API:</translation>
    </message>
    <message>
        <source>Cancelled after %1 s:</source>
        <translation>Cancelado tras %1 s:</translation>
    </message>
    <message>
        <source>Finished in %1 s:</source>
        <translation>Terminado en %1 s:</translation>
    </message>
    <message>
        <source>%1 of %2 complete</source>
        <translation>%1 de %2 completas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not complete</source>
        <translation>
            <numerusform>%Ln incompleta</numerusform>
            <numerusform>%Ln incompletas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelada</numerusform>
            <numerusform>%Ln canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>  Workbook:    %1</source>
        <translation>  Libro:       %1</translation>
    </message>
    <message>
        <source>  Database:    %1</source>
        <translation>  Base:        %1</translation>
    </message>
    <message>
        <source>  Failed attempts: %1 (retried or not)</source>
        <translation>  Intentos fallidos: %1 (reintentados o no)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed attempt(s)</source>
        <translation>
            <numerusform>%Ln intento fallido</numerusform>
            <numerusform>%Ln intentos fallidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::SaveFormats</name>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>JSON Lines files</source>
        <translation>Archivos JSON Lines</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de datos SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>Base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>callrail::SaveJob</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>callrail::ScheduleDialog</name>
    <message>
        <source>Refresh automatically</source>
        <translation>Actualizar automáticamente</translation>
    </message>
    <message>
        <source>The computer&apos;s own scheduler can refresh an export by itself (as a %1), at a time you choose, even when this window is closed. A run that fails is written in the log, and the window tells you when it next opens.</source>
        <translation>El programador del propio equipo puede actualizar una exportación solo (como %1), a la hora que elija, incluso con esta ventana cerrada. Una ejecución que falla se anota en el registro, y la ventana se lo dice la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Result of the last change</source>
        <translation>Resultado del último cambio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No export yet: run and save an export first.</source>
        <translation>Aún no hay exportación: ejecute y guarde una exportación primero.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportación:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <source>Schedule the refresh</source>
        <translation>Programar la actualización</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Programando…</translation>
    </message>
    <message>
        <source>Scheduled refreshes of every export:</source>
        <translation>Actualizaciones programadas de todas las exportaciones:</translation>
    </message>
    <message>
        <source>Scheduled refreshes</source>
        <translation>Actualizaciones programadas</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected scheduled refresh</source>
        <translation>Quitar la actualización programada seleccionada</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
</context>
<context>
    <name>callrail::ScheduledJobs</name>
    <message>
        <source>Another change to the scheduled refreshes is still under way; try again when it has finished.</source>
        <translation>Otro cambio de las actualizaciones programadas sigue en curso; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>it could not be started (%1)</source>
        <translation>no se pudo iniciar (%1)</translation>
    </message>
    <message>
        <source>it did not answer within a minute</source>
        <translation>no respondió en un minuto</translation>
    </message>
    <message>
        <source>it ended with status %1</source>
        <translation>terminó con el estado %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>se bloqueó</translation>
    </message>
    <message>
        <source>“%1” failed: %2.</source>
        <translation>“%1” falló: %2.</translation>
    </message>
    <message>
        <source>%1, the export in %2 is refreshed (%3).</source>
        <translation>%1 se actualiza la exportación de %2 (%3).</translation>
    </message>
    <message>
        <source>The job files are written in %1, but the job is not turned on: %2 To turn it on by hand, run: %3</source>
        <translation>Los archivos de la tarea están escritos en %1, pero la tarea no está activada: %2 Para activarla a mano, ejecute: %3</translation>
    </message>
    <message>
        <source>Nothing was scheduled: %1</source>
        <translation>No se programó nada: %1</translation>
    </message>
    <message>
        <source>The scheduled refresh of %1 is removed.</source>
        <translation>Se quitó la actualización programada de %1.</translation>
    </message>
    <message>
        <source>The job files of %1 are deleted, but: %2</source>
        <translation>Los archivos de la tarea de %1 se borraron, pero: %2</translation>
    </message>
    <message>
        <source>The scheduled refresh was not removed: %1</source>
        <translation>La actualización programada no se quitó: %1</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>No se pudo escribir %1 (%2).</translation>
    </message>
    <message>
        <source>%1 could not be deleted (%2).</source>
        <translation>No se pudo borrar %1 (%2).</translation>
    </message>
</context>
<context>
    <name>callrail::ScheduledRefreshes</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>callrail::ScheduledRunRecord</name>
    <message>
        <source>The record of scheduled runs (%1) could not be written: %2</source>
        <translation>No se pudo escribir el registro de ejecuciones programadas (%1): %2</translation>
    </message>
    <message>
        <source>its folder could not be made</source>
        <translation>no se pudo crear su carpeta</translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation>otro programa lo tiene abierto</translation>
    </message>
</context>
<context>
    <name>callrail::SecretStore</name>
    <message>
        <source>No API key is saved in the system keychain.</source>
        <translation>No hay ninguna clave de API guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Nothing is saved in the system keychain under &quot;%1&quot;.</source>
        <translation>No hay nada guardado en el llavero del sistema con el nombre «%1».</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux a Secret Service such as GNOME Keyring or KWallet must be running). The API key can be used for this session only.</source>
        <translation>No hay ningún llavero del sistema disponible (en Linux debe estar en marcha un Secret Service como GNOME Keyring o KWallet). La clave de API solo se puede usar en esta sesión.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keychain (or allow access) and try again.</source>
        <translation>Se denegó el acceso al llavero del sistema. Desbloquee el llavero (o permita el acceso) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>El llavero del sistema informó de un error.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
    <message>
        <source>The keychain&apos;s prompt was closed, so nothing was stored. Save again to be asked again, or use the key for this session only.</source>
        <translation>Se cerró el aviso del llavero, así que no se guardó nada. Guarde de nuevo para que se le vuelva a preguntar, o use la clave solo en esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain has no keyring to keep the key in yet (creating one was cancelled or did not finish). Save again to be offered a new keyring, or use the key for this session only.</source>
        <translation>El llavero del sistema aún no tiene un depósito donde guardar la clave (su creación se canceló o no terminó). Guarde de nuevo para que se le ofrezca uno nuevo, o use la clave solo en esta sesión.</translation>
    </message>
</context>
<context>
    <name>callrail::SelectionPanel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>Endpoints to extract</source>
        <translation>Endpoints que se extraen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todos</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;ninguno</translation>
    </message>
    <message>
        <source>&amp;Fields…</source>
        <translation>&amp;Campos…</translation>
    </message>
    <message>
        <source>&amp;Dates (calls, form submissions, text messages)</source>
        <translation>&amp;Fechas (llamadas, formularios enviados, mensajes de texto)</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>&amp;Salida</translation>
    </message>
    <message>
        <source>E&amp;xcel-safe</source>
        <translation>Seguro para E&amp;xcel</translation>
    </message>
    <message>
        <source>Cells that start with =, +, - or @ get a leading apostrophe so that a spreadsheet does not run them as formulas (CSV only).</source>
        <translation>Las celdas que empiezan por =, +, - o @ reciben un apóstrofo inicial para que una hoja de cálculo no las ejecute como fórmulas (solo CSV).</translation>
    </message>
    <message>
        <source>&amp;BOM for Excel</source>
        <translation>&amp;BOM para Excel</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 byte order mark so that Excel reads accents correctly.</source>
        <translation>Empezar los archivos CSV con una marca de orden de bytes UTF-8 para que Excel lea bien los acentos.</translation>
    </message>
    <message>
        <source>The key&apos;s first account</source>
        <translation>La primera cuenta de la clave</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>This run needs at least %n request(s) (the exact number is known once CallRail reports the totals).</source>
        <translation>
            <numerusform>Esta ejecución necesita al menos %n solicitud (el número exacto se sabrá cuando CallRail indique los totales).</numerusform>
            <numerusform>Esta ejecución necesita al menos %n solicitudes (el número exacto se sabrá cuando CallRail indique los totales).</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget left: %1 this hour, %2 today.</source>
        <translation>Presupuesto restante: %1 esta hora, %2 hoy.</translation>
    </message>
    <message>
        <source>The run will have to wait for the next budget window.</source>
        <translation>La ejecución tendrá que esperar a la siguiente ventana del presupuesto.</translation>
    </message>
    <message>
        <source>Select all data</source>
        <translation>Seleccionar todos los datos</translation>
    </message>
    <message>
        <source>Select no data</source>
        <translation>No seleccionar ningún dato</translation>
    </message>
    <message>
        <source>Problem with the dates</source>
        <translation>Problema con las fechas</translation>
    </message>
    <message>
        <source>Add the date to saved file &amp;names (calls_2026-11-30.csv)</source>
        <translation>Añadir la fecha a los &amp;nombres de los archivos guardados (calls_2026-11-30.csv)</translation>
    </message>
    <message>
        <source>So that this week&apos;s export is saved beside last week&apos;s instead of replacing it.</source>
        <translation>Para que la exportación de esta semana se guarde junto a la de la semana pasada en lugar de sustituirla.</translation>
    </message>
    <message>
        <source>About phone numbers in Excel</source>
        <translation>Sobre los números de teléfono en Excel</translation>
    </message>
    <message>
        <source>What stops the run from starting</source>
        <translation>Qué impide iniciar la extracción</translation>
    </message>
    <message>
        <source>Requests this run needs</source>
        <translation>Peticiones que necesita esta extracción</translation>
    </message>
    <message>
        <source>Da&amp;ta to extract</source>
        <translation>Da&amp;tos que extraer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Refresh look-back in days</source>
        <translation>Días que la actualización vuelve a leer</translation>
    </message>
    <message>
        <source>A refresh re-reads calls, form submissions and text messages from this many days before the newest one it holds, to catch later edits (tags, notes, lead status). 0 reads only what is new.</source>
        <translation>Una actualización vuelve a leer llamadas, formularios y mensajes de texto desde estos días antes del más reciente que tiene, para recoger ediciones posteriores (etiquetas, notas, estado del lead). 0 lee solo lo nuevo.</translation>
    </message>
    <message>
        <source>Refresh &amp;looks back:</source>
        <translation>La actualización &amp;relee:</translation>
    </message>
    <message>
        <source>Excel reads a phone number such as +14045550123 in a CSV file as a number and drops the +. Save as an Excel workbook instead, which keeps it as text, or open the CSV file with Data → From Text/CSV and set those columns to Text.</source>
        <translation>Excel lee un número de teléfono como +14045550123 de un archivo CSV como un número y quita el +. Guarde mejor como libro de Excel, que lo mantiene como texto, o abra el CSV con Datos → Desde el texto/CSV y ponga esas columnas como Texto.</translation>
    </message>
    <message>
        <source>Choose the optional fields of the selected endpoint, or how a summary is grouped, or the period of a time series.</source>
        <translation>Elija los campos opcionales del punto seleccionado, cómo se agrupa un resumen o el periodo de una serie temporal.</translation>
    </message>
</context>
<context>
    <name>callrail::SqliteWriter</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>the table %1 holds one account (its key is id alone); load several accounts into another database file.</source>
        <translation>la tabla %1 contiene una sola cuenta (su clave es solo id); cargue varias cuentas en otro archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 has no id column to key its rows.</source>
        <translation>%1 no tiene columna id para identificar sus filas.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1, record %2: %3</source>
        <translation>%1, registro %2: %3</translation>
    </message>
    <message>
        <source>Could not save %1 (is the disk full?): %2</source>
        <translation>No se pudo guardar %1 (¿está lleno el disco?): %2</translation>
    </message>
</context>
<context>
    <name>callrail::StagedFileModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>callrail::SystemdJobs</name>
    <message>
        <source>systemd user timer</source>
        <translation>temporizador de usuario de systemd</translation>
    </message>
</context>
<context>
    <name>callrail::TargetAccounts</name>
    <message>
        <source>This API key cannot see account %1. It can see: %2.</source>
        <translation>Esta clave de API no puede ver la cuenta %1. Puede ver: %2.</translation>
    </message>
    <message>
        <source>This key can see %1 accounts; extracting the first, %2 (%3). Choose one with --account, or all with --all-accounts.</source>
        <translation>Esta clave puede ver %1 cuentas; se extrae la primera, %2 (%3). Elija una con --account, o todas con --all-accounts.</translation>
    </message>
    <message>
        <source>This API key cannot see any account.</source>
        <translation>Esta clave de API no puede ver ninguna cuenta.</translation>
    </message>
</context>
<context>
    <name>callrail::TaskSchedulerJobs</name>
    <message>
        <source>Task Scheduler task</source>
        <translation>tarea del Programador de tareas</translation>
    </message>
    <message>
        <source>Task Scheduler would replace %1 in “%2” with the value of that environment variable, and it cannot be told not to: rename the folder so that it holds no %1.</source>
        <translation>El Programador de tareas reemplazaría %1 en “%2” por el valor de esa variable de entorno, y no se le puede impedir: cambie el nombre de la carpeta para que no contenga %1.</translation>
    </message>
</context>
<context>
    <name>callrail::WorkbookExport</name>
    <message>
        <source>The Excel workbook could not be written: %1 The fetched data is in the JSON Lines files.</source>
        <translation>No se pudo escribir el libro de Excel: %1 Los datos obtenidos están en los archivos JSON Lines.</translation>
    </message>
    <message>
        <source>%1: more rows than an Excel sheet holds (%2), continued on %3.</source>
        <translation>%1: más filas de las que caben en una hoja de Excel (%2), continúa en %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) longer than Excel&apos;s %2 characters cut in the workbook (marked &quot;%3&quot;); the whole text is in %4.</source>
        <translation>
            <numerusform>%1: %Ln celda de más de los %2 caracteres de Excel recortada en el libro (marcada «%3»); el texto entero está en %4.</numerusform>
            <numerusform>%1: %Ln celdas de más de los %2 caracteres de Excel recortadas en el libro (marcadas «%3»); el texto entero está en %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s) of %2 were not JSON records and are not in the workbook.</source>
        <translation>
            <numerusform>%1: %Ln línea de %2 no era un registro JSON y no está en el libro.</numerusform>
            <numerusform>%1: %Ln líneas de %2 no eran registros JSON y no están en el libro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are local times as CallRail sent them, in each record&apos;s own time zone: Excel has no time zones (the JSON Lines files keep the offsets).</source>
        <translation>Las horas son locales tal como las envió CallRail, en la zona horaria de cada registro: Excel no tiene zonas horarias (los archivos JSON Lines conservan los desfases).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Llamadas por día</translation>
    </message>
    <message>
        <source>Excel workbook written: %1</source>
        <translation>Libro de Excel escrito: %1</translation>
    </message>
</context>
<context>
    <name>callrail::WorkbookWriter</name>
    <message>
        <source>… [cut: Excel holds at most 32,767 characters in a cell; the whole text is in the JSON Lines file]</source>
        <translation>… [recortado: Excel admite como máximo 32.767 caracteres por celda; el texto entero está en el archivo JSON Lines]</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not start the workbook %1.</source>
        <translation>No se pudo empezar el libro %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Local time as CallRail sent it, in the record&apos;s own time zone (Excel has no time zones; the offset is in the JSON Lines file).</source>
        <translation>Hora local tal como la envió CallRail, en la zona horaria del registro (Excel no tiene zonas horarias; el desfase está en el archivo JSON Lines).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not add the sheet %1 to the workbook.</source>
        <translation>No se pudo añadir la hoja %1 al libro.</translation>
    </message>
    <message>
        <source>The workbook %1 was not started.</source>
        <translation>El libro %1 no se empezó.</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>No se pudo escribir %1 (¿está lleno el disco?): %2</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>No se pudo renombrar %1 como %2.</translation>
    </message>
</context>
<context>
    <name>callrail::cli</name>
    <message>
        <source>Extracts CallRail API v3 account data into CSV or JSON Lines files.

The API key is read from CALLRAIL_API_KEY, else from a .env file in the current folder, else from the
key the CallRail Extractor app stored in the system keychain. It is never taken from the command line.</source>
        <translation>Extrae datos de cuentas de la API v3 de CallRail a archivos CSV o JSON Lines.

La clave de API se lee de CALLRAIL_API_KEY; si no, de un archivo .env en la carpeta actual; si no, de la
clave que la aplicación CallRail Extractor guardó en el llavero del sistema. Nunca se toma de la línea de órdenes.</translation>
    </message>
    <message>
        <source>Comma-separated endpoints to extract (default: all): %1.</source>
        <translation>Endpoints que se extraen, separados por comas (predeterminado: todos): %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>At most N records per endpoint.</source>
        <translation>Como máximo N registros por endpoint.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The account to extract (default: the key&apos;s first account).</source>
        <translation>La cuenta que se extrae (predeterminado: la primera cuenta de la clave).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Extract every account the key sees.</source>
        <translation>Extraer todas las cuentas que ve la clave.</translation>
    </message>
    <message>
        <source>Print the accounts the key can see, then exit.</source>
        <translation>Mostrar las cuentas que puede ver la clave y salir.</translation>
    </message>
    <message>
        <source>First day (inclusive) for calls, form submissions and text messages.</source>
        <translation>Primer día (incluido) para llamadas, formularios enviados y mensajes de texto.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Last day (inclusive); default today.</source>
        <translation>Último día (incluido); predeterminado: hoy.</translation>
    </message>
    <message>
        <source>A named range instead of dates: last_7_days, last_30_days (default), this_month, last_month, this_year, all_available (CallRail keeps 25 months).</source>
        <translation>Un intervalo con nombre en lugar de fechas: last_7_days, last_30_days (predeterminado), this_month, last_month, this_year, all_available (CallRail conserva 25 meses).</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>INTERVALO</translation>
    </message>
    <message>
        <source>Time zone the dates are read in (IANA name; default: this computer&apos;s).</source>
        <translation>Zona horaria en la que se leen las fechas (nombre IANA; predeterminada: la de este equipo).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>ZH</translation>
    </message>
    <message>
        <source>Optional fields to request for an endpoint, e.g. calls:source,tags (repeatable).</source>
        <translation>Campos opcionales que se piden para un endpoint, p. ej. calls:source,tags (se puede repetir).</translation>
    </message>
    <message>
        <source>ENDPOINT:f1,f2</source>
        <translation>ENDPOINT:c1,c2</translation>
    </message>
    <message>
        <source>Output folder (default $DATA_DIR or ./data).</source>
        <translation>Carpeta de salida (predeterminado $DATA_DIR o ./data).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Do not neutralise cells that a spreadsheet would run as formulas (=, +, -, @).</source>
        <translation>No neutralizar las celdas que una hoja de cálculo ejecutaría como fórmulas (=, +, -, @).</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 byte order mark (Excel).</source>
        <translation>Empezar los archivos CSV con una marca de orden de bytes UTF-8 (Excel).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Continue the interrupted run in the output folder.</source>
        <translation>Continuar la ejecución interrumpida en la carpeta de salida.</translation>
    </message>
    <message>
        <source>Run on built-in demo data (an imitation CallRail on this computer; no key, no network).</source>
        <translation>Usar los datos de demostración integrados (un CallRail simulado en este equipo; sin clave ni red).</translation>
    </message>
    <message>
        <source>DEBUG, INFO (default), WARNING or ERROR.</source>
        <translation>DEBUG, INFO (predeterminado), WARNING o ERROR.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>Only warnings, errors and the summary; no progress line.</source>
        <translation>Solo advertencias, errores y el resumen; sin línea de progreso.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Options start with --; see --help.</source>
        <translation>Argumento inesperado «%1». Las opciones empiezan por --; consulte --help.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use DEBUG, INFO, WARNING or ERROR.</source>
        <translation>Nivel de registro desconocido «%1»: use DEBUG, INFO, WARNING o ERROR.</translation>
    </message>
    <message>
        <source>--endpoints needs at least one endpoint: %1.</source>
        <translation>--endpoints necesita al menos un endpoint: %1.</translation>
    </message>
    <message>
        <source>Use either --account or --all-accounts, not both.</source>
        <translation>Use --account o --all-accounts, no ambas.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as America/New_York or UTC.</source>
        <translation>Zona horaria desconocida «%1»: use un nombre IANA como America/New_York o UTC.</translation>
    </message>
    <message>
        <source>Use either --date-range or --start-date/--end-date, not both.</source>
        <translation>Use --date-range o --start-date/--end-date, no ambas.</translation>
    </message>
    <message>
        <source>Unknown date range &quot;%1&quot;: use last_7_days, last_30_days, this_month, last_month, this_year or all_available.</source>
        <translation>Intervalo de fechas desconocido «%1»: use last_7_days, last_30_days, this_month, last_month, this_year o all_available.</translation>
    </message>
    <message>
        <source>--end-date needs --start-date too.</source>
        <translation>--end-date también necesita --start-date.</translation>
    </message>
    <message>
        <source>--start-date must be a date written YYYY-MM-DD (got &quot;%1&quot;).</source>
        <translation>--start-date debe ser una fecha escrita AAAA-MM-DD (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--end-date must be a date written YYYY-MM-DD (got &quot;%1&quot;).</source>
        <translation>--end-date debe ser una fecha escrita AAAA-MM-DD (se recibió «%1»).</translation>
    </message>
    <message>
        <source>No API key. Set CALLRAIL_API_KEY, put it in a .env file here, or store it in the CallRail Extractor app (keychain: %1). To try without a key, use --demo.</source>
        <translation>No hay clave de API. Defina CALLRAIL_API_KEY, póngala en un archivo .env aquí o guárdela en la aplicación CallRail Extractor (llavero: %1). Para probar sin clave, use --demo.</translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation>no hay ninguna clave guardada</translation>
    </message>
    <message>
        <source>The demo server could not start on 127.0.0.1.</source>
        <translation>No se pudo iniciar el servidor de demostración en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo data: an imitation CallRail account, not yours.</source>
        <translation>Datos de demostración: una cuenta de CallRail simulada, no la suya.</translation>
    </message>
    <message>
        <source>Try &apos;callrail-export --help&apos;.</source>
        <translation>Pruebe «callrail-export --help».</translation>
    </message>
    <message>
        <source>Records per request, %1-%2 (default %3).</source>
        <translation>Registros por solicitud, %1-%2 (predeterminado %3).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default %1).</source>
        <translation>Solicitudes simultáneas en curso (predeterminado %1).</translation>
    </message>
    <message>
        <source>Retries of a failed request (default %1).</source>
        <translation>Reintentos de una solicitud fallida (predeterminado %1).</translation>
    </message>
    <message>
        <source>Seconds to wait for each request (default %1).</source>
        <translation>Segundos de espera por cada solicitud (predeterminado %1).</translation>
    </message>
    <message>
        <source>Requests allowed per hour and account (default %1).</source>
        <translation>Solicitudes permitidas por hora y cuenta (predeterminado %1).</translation>
    </message>
    <message>
        <source>Requests allowed per day and account (default %1).</source>
        <translation>Solicitudes permitidas por día y cuenta (predeterminado %1).</translation>
    </message>
    <message>
        <source>Length of CallRail&apos;s hourly window in seconds (default %1; a day is 24 windows).</source>
        <translation>Duración en segundos de la ventana horaria de CallRail (predeterminado %1; un día son 24 ventanas).</translation>
    </message>
    <message>
        <source>API address (default %1).</source>
        <translation>Dirección de la API (predeterminada %1).</translation>
    </message>
    <message>
        <source>--budget-window must be a number of seconds from %1 to %2 (got &quot;%3&quot;).</source>
        <translation>--budget-window debe ser un número de segundos de %1 a %2 (se recibió «%3»).</translation>
    </message>
    <message>
        <source>csv (default), jsonl, xlsx: an Excel workbook (typed cells, a sheet per endpoint), sqlite: a SQLite database (typed columns, a table per endpoint, merged on the id with earlier runs), or postgresql: the same in a PostgreSQL database (--database); all built from JSON Lines files kept beside them.</source>
        <translation>csv (por defecto), jsonl, xlsx: un libro de Excel (celdas tipadas, una hoja por endpoint), sqlite: una base de datos SQLite (columnas tipadas, una tabla por endpoint, fusionada por id con ejecuciones anteriores), o postgresql: lo mismo en una base de datos PostgreSQL (--database); todos hechos a partir de archivos JSON Lines guardados junto a ellos.</translation>
    </message>
    <message>
        <source>With --format postgresql: the database, as a libpq connection string or URI, e.g. &quot;host=localhost dbname=analytics user=ann&quot;. Never with a password: it comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Con --format postgresql: la base de datos, como cadena de conexión o URI de libpq, p. ej. &quot;host=localhost dbname=analytics user=ann&quot;. Nunca con contraseña: viene de PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>With --format postgresql: the schema the tables go in (default %1).</source>
        <translation>Con --format postgresql: el esquema donde van las tablas (por defecto %1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Bring an earlier export up to date: re-read calls, form submissions and text messages from the newest one minus the look-back, re-read the other lists, and merge by id (new, updated, removed records). Its own choice of lists, fields and format is used.</source>
        <translation>Poner al día una exportación anterior: vuelve a leer llamadas, formularios y mensajes de texto desde el más reciente menos los días de margen, vuelve a leer las demás listas y fusiona por id (registros nuevos, actualizados, eliminados). Usa su propia elección de listas, campos y formato.</translation>
    </message>
    <message>
        <source>Started by the system&apos;s scheduler (Refresh automatically… in the window): the outcome is recorded for the window to report.</source>
        <translation>Iniciado por el programador del sistema (Actualizar automáticamente… en la ventana): el resultado se anota para que la ventana lo comunique.</translation>
    </message>
    <message>
        <source>Days before the newest record that --refresh re-reads, for calls edited after they were exported (default %1; 0 allowed).</source>
        <translation>Días antes del registro más reciente que --refresh vuelve a leer, para llamadas editadas después de exportarse (por defecto %1; se admite 0).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, jsonl, xlsx, sqlite or postgresql.</source>
        <translation>Formato desconocido &quot;%1&quot;: use csv, jsonl, xlsx, sqlite o postgresql.</translation>
    </message>
    <message>
        <source>--format postgresql needs --database CONNINFO, e.g. --database &quot;host=localhost dbname=analytics&quot;.</source>
        <translation>--format postgresql necesita --database CONNINFO, p. ej. --database &quot;host=localhost dbname=analytics&quot;.</translation>
    </message>
    <message>
        <source>--database: %1</source>
        <translation>--database: %1</translation>
    </message>
    <message>
        <source>--database and --schema go with --format postgresql.</source>
        <translation>--database y --schema van con --format postgresql.</translation>
    </message>
    <message>
        <source>--look-back must be a number of days from 0 to %1 (got &quot;%2&quot;).</source>
        <translation>--look-back debe ser un número de días de 0 a %1 (se recibió &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>--look-back goes with --refresh.</source>
        <translation>--look-back va con --refresh.</translation>
    </message>
    <message>
        <source>--scheduled goes with --refresh.</source>
        <translation>--scheduled va con --refresh.</translation>
    </message>
    <message>
        <source>--refresh uses the export&apos;s own choice; leave out --%1.</source>
        <translation>--refresh usa la propia elección de la exportación; quite --%1.</translation>
    </message>
    <message>
        <source>--refresh: %1 is not a folder.</source>
        <translation>--refresh: %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Scheduled refresh of %1: %2</source>
        <translation>Actualización programada de %1: %2</translation>
    </message>
    <message>
        <source>When another run is updating the export folder, wait this long for it to end (default %1 with --scheduled, else 0: give up at once).</source>
        <translation>Si otra ejecución está actualizando la carpeta de exportación, esperar este tiempo a que termine (por defecto %1 con --scheduled; si no, 0: desistir enseguida).</translation>
    </message>
    <message>
        <source>--wait-for-lock must be a number of seconds from 0 to %1 (got &quot;%2&quot;).</source>
        <translation>--wait-for-lock debe ser un número de segundos de 0 a %1 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>--wait-for-lock goes with a run that writes into a folder, not --list-accounts.</source>
        <translation>--wait-for-lock va con una ejecución que escribe en una carpeta, no con --list-accounts.</translation>
    </message>
    <message numerus="yes">
        <source>%1; waiting up to %Ln s for it to end.</source>
        <translation>
            <numerusform>%1; esperando hasta %Ln s a que termine.</numerusform>
            <numerusform>%1; esperando hasta %Ln s a que termine.</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1: %2</source>
        <translation>para %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (default %3)</source>
        <translation>%1: %2 (predeterminado %3)</translation>
    </message>
    <message>
        <source>How a summary groups its counts, e.g. calls_summary:source,campaign (repeatable; default %1).</source>
        <translation>Cómo agrupa un resumen sus recuentos, p. ej. calls_summary:source,campaign (repetible; predeterminado %1).</translation>
    </message>
    <message>
        <source>ENDPOINT:g1,g2</source>
        <translation>PUNTO:g1,g2</translation>
    </message>
    <message>
        <source>The period of a time series, %1.</source>
        <translation>El periodo de una serie temporal, %1.</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALO</translation>
    </message>
    <message>
        <source>--%1 takes ENDPOINT:name1,name2 (got &quot;%2&quot;).</source>
        <translation>--%1 espera PUNTO:nombre1,nombre2 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>Unknown endpoint &quot;%1&quot; in --%2. Known endpoints: %3.</source>
        <translation>Punto desconocido «%1» en --%2. Puntos conocidos: %3.</translation>
    </message>
    <message>
        <source>--%1 names %2, which is not among the endpoints being extracted.</source>
        <translation>--%1 nombra %2, que no está entre los puntos que se extraen.</translation>
    </message>
    <message>
        <source>--group-by %1 names no grouping.</source>
        <translation>--group-by %1 no nombra ninguna agrupación.</translation>
    </message>
    <message>
        <source>--interval goes with a time series (%1), which is not among the endpoints being extracted.</source>
        <translation>--interval va con una serie temporal (%1), que no está entre los puntos que se extraen.</translation>
    </message>
</context>
<context>
    <name>callrail::systemd</name>
    <message>
        <source>systemd cannot start a program whose path holds a quote or a backslash (%1); move callrail-export to another folder.</source>
        <translation>systemd no puede iniciar un programa cuya ruta contiene una comilla o una barra invertida (%1); mueva callrail-export a otra carpeta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Extract CallRail API v3 data into CSV and JSON Lines files.</source>
        <translation>Extrae datos de la API v3 de CallRail a archivos CSV y JSON Lines.</translation>
    </message>
    <message>
        <source>Start on the built-in demo data.</source>
        <translation>Empezar con los datos de demostración integrados.</translation>
    </message>
    <message>
        <source>Run a demo extraction, grab the window to FILE and exit.</source>
        <translation>Ejecutar una extracción de demostración, capturar la ventana en FILE y salir.</translation>
    </message>
    <message>
        <source>Start on the built-in demo data when no API key is stored.</source>
        <translation>Empezar con los datos de demostración integrados cuando no hay ninguna clave de API guardada.</translation>
    </message>
</context>
</TS>
