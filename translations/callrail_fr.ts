<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>callrail::ApiClient</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation>L’adresse de l’API « %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API address must use https:// (http:// is accepted only for this computer, 127.0.0.1).</source>
        <translation>L’adresse de l’API doit utiliser https:// (http:// n’est accepté que pour cet ordinateur, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>L’adresse de l’API doit commencer par https://.</translation>
    </message>
    <message>
        <source>the daily request limit is used up</source>
        <translation>la limite quotidienne de requêtes est épuisée</translation>
    </message>
    <message>
        <source>the hourly request limit is used up</source>
        <translation>la limite horaire de requêtes est épuisée</translation>
    </message>
    <message>
        <source>CallRail asked to slow down</source>
        <translation>CallRail a demandé de ralentir</translation>
    </message>
    <message>
        <source>%1, %2: CallRail pointed to another server (%3); the request was not sent.</source>
        <translation>%1, %2 : CallRail a redirigé vers un autre serveur (%3) ; la requête n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>%1, %2: CallRail sent a response that is not valid JSON (%3).</source>
        <translation>%1, %2 : CallRail a envoyé une réponse qui n’est pas du JSON valide (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (abandon après %n tentative)</numerusform>
            <numerusform>%1 (abandon après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: CallRail&apos;s answer is not a list page as documented (%3).</source>
        <translation>%1, %2 : la réponse de CallRail n’est pas une page de liste telle que documentée (%3).</translation>
    </message>
</context>
<context>
    <name>callrail::ApiError</name>
    <message>
        <source>%1: CallRail did not answer within %2 s.</source>
        <translation>%1 : CallRail n’a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <source>%1: the secure connection to %2 failed (%3); nothing was sent.</source>
        <translation>%1 : la connexion sécurisée à %2 a échoué (%3) ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the connection to %2 failed (%3).</source>
        <translation>%1 : la connexion à %2 a échoué (%3).</translation>
    </message>
    <message>
        <source>The API key was rejected by CallRail (401).</source>
        <translation>CallRail a refusé la clé d’API (401).</translation>
    </message>
    <message>
        <source>%1: not available to this API key or CallRail plan (403%2).</source>
        <translation>%1 : non disponible pour cette clé d’API ou cette offre CallRail (403%2).</translation>
    </message>
    <message>
        <source>%1: CallRail found nothing at this address (404)%2.</source>
        <translation>%1 : CallRail n’a rien trouvé à cette adresse (404)%2.</translation>
    </message>
    <message>
        <source>%1: CallRail&apos;s request limit was reached (429); waiting before going on.</source>
        <translation>%1 : la limite de requêtes de CallRail est atteinte (429) ; attente avant de continuer.</translation>
    </message>
    <message>
        <source>%1: CallRail had a problem (%2)%3.</source>
        <translation>%1 : CallRail a rencontré un problème (%2)%3.</translation>
    </message>
    <message>
        <source>%1: CallRail refused the request (%2): %3</source>
        <translation>%1 : CallRail a refusé la requête (%2) : %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
</context>
<context>
    <name>callrail::CsvAddedColumns</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Échec de l’écriture de %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::CsvFromJsonLines</name>
    <message>
        <source>Cannot read the extracted file %1: %2</source>
        <translation>Impossible de lire le fichier extrait %1 : %2</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Impossible d’écrire le fichier CSV : %1</translation>
    </message>
</context>
<context>
    <name>callrail::DatabaseExport</name>
    <message numerus="yes">
        <source>%1: %Ln line(s) of %2 were not JSON records with an id and are not in the database.</source>
        <translation>
            <numerusform>%1 : %Ln ligne de %2 n’était pas un enregistrement JSON avec un id et n’est pas dans la base.</numerusform>
            <numerusform>%1 : %Ln lignes de %2 n’étaient pas des enregistrements JSON avec un id et ne sont pas dans la base.</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>Base de données PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>Resuming the run loads it again without asking CallRail anything.</source>
        <translation>Reprendre l’exécution la recharge sans rien demander à CallRail.</translation>
    </message>
    <message>
        <source>The %1 could not be written: %2 The fetched data is in the JSON Lines files. %3</source>
        <translation>Impossible d’écrire la %1 : %2 Les données récupérées sont dans les fichiers JSON Lines. %3</translation>
    </message>
    <message>
        <source>%1: not loaded into the %2, its table is as it was: %3 The fetched data is in %4. %5</source>
        <translation>%1 : non chargé dans la %2, sa table reste telle quelle : %3 Les données récupérées sont dans %4. %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln value(s) did not fit their column&apos;s type: NULL there, and kept whole in the column %2 of their row.</source>
        <translation>
            <numerusform>%1 : %Ln valeur ne correspondait pas au type de sa colonne : NULL à sa place, gardée entière dans la colonne %2 de sa ligne.</numerusform>
            <numerusform>%1 : %Ln valeurs ne correspondaient pas au type de leur colonne : NULL à leur place, gardées entières dans la colonne %2 de leur ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %2 (%Ln row(s) merged in %3 s)</source>
        <translation>
            <numerusform>%1 écrite : %2 (%Ln ligne fusionnée en %3 s)</numerusform>
            <numerusform>%1 écrite : %2 (%Ln lignes fusionnées en %3 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::DateWindow</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>All available (last 25 months)</source>
        <translation>Tout ce qui est disponible (25 derniers mois)</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as America/New_York or UTC.</source>
        <translation>Fuseau horaire inconnu « %1 » : utilisez un nom IANA comme America/New_York ou UTC.</translation>
    </message>
    <message>
        <source>Today&apos;s date is not known.</source>
        <translation>La date du jour est inconnue.</translation>
    </message>
    <message>
        <source>Enter a start date and an end date.</source>
        <translation>Saisissez une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The start date is missing or not a valid date.</source>
        <translation>La date de début est absente ou n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The end date is missing or not a valid date.</source>
        <translation>La date de fin est absente ou n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>La date de début %1 est postérieure à la date de fin %2.</translation>
    </message>
    <message>
        <source>The end date %1 is after today (%2 in %3).</source>
        <translation>La date de fin %1 est postérieure à aujourd’hui (%2 dans le fuseau %3).</translation>
    </message>
    <message>
        <source>The start date %1 is too old: CallRail keeps calls, form submissions and text messages for 25 months, so the earliest start is %2.</source>
        <translation>La date de début %1 est trop ancienne : CallRail conserve les appels, les formulaires soumis et les SMS pendant 25 mois, le début le plus ancien possible est donc le %2.</translation>
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
        <translation>sélectionné</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>non sélectionné</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>The most records to extract for this endpoint (0 = no limit). Double-click to change.</source>
        <translation>Nombre maximal d’enregistrements à extraire pour ce point d’accès (0 = sans limite). Double-cliquez pour le modifier.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This endpoint has no optional fields.</source>
        <translation>Ce point d’accès n’a pas de champ facultatif.</translation>
    </message>
    <message>
        <source>Optional fields: %1. Double-click to choose.</source>
        <translation>Champs facultatifs : %1. Double-cliquez pour choisir.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1 (in the API and file names: %2)</source>
        <translation>%1 (dans l’API et les noms de fichier : %2)</translation>
    </message>
    <message>
        <source>The most records to extract (0 = no limit)</source>
        <translation>Le nombre maximal d’enregistrements à extraire (0 = sans limite)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>+%1 of %2</source>
        <translation>+%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Grouped by %1. Double-click to choose.</source>
        <translation>Regroupé par %1. Double-cliquez pour choisir.</translation>
    </message>
    <message>
        <source>One row per %1. Double-click to choose.</source>
        <translation>Une ligne par %1. Double-cliquez pour choisir.</translation>
    </message>
</context>
<context>
    <name>callrail::EndpointTask</name>
    <message>
        <source>%1: the interrupted run cannot be continued (its plan differs).</source>
        <translation>%1 : l’exécution interrompue ne peut pas être poursuivie (son plan est différent).</translation>
    </message>
    <message>
        <source>%1: the interrupted run&apos;s rows cannot be continued (%2); starting this endpoint again.</source>
        <translation>%1 : les lignes de l’exécution interrompue ne peuvent pas être poursuivies (%2) ; ce point d’accès recommence depuis le début.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>page %1 for company %2</source>
        <translation>page %1 de l’entreprise %2</translation>
    </message>
    <message>
        <source>%1: CallRail&apos;s next-page link repeats itself; stopping this list here.</source>
        <translation>%1 : le lien de page suivante de CallRail se répète ; cette liste s’arrête ici.</translation>
    </message>
    <message>
        <source>%1: CallRail sent a field this version does not know, &quot;%2&quot;; it is kept in the other_fields column.</source>
        <translation>%1 : CallRail a envoyé un champ inconnu de cette version, « %2 » ; il est conservé dans la colonne other_fields.</translation>
    </message>
    <message>
        <source>%1 rows written, but CallRail reported %2: %3 missing.</source>
        <translation>%1 lignes écrites, mais CallRail en a annoncé %2 : il en manque %3.</translation>
    </message>
    <message>
        <source>%1 more rows than CallRail first reported: records were added during the run.</source>
        <translation>%1 lignes de plus que ce que CallRail avait annoncé : des enregistrements ont été ajoutés pendant l’exécution.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n text character(s) arrived as half of a UTF-16 pair (valid JSON, but no character); each is kept as U+FFFD.</source>
        <translation>
            <numerusform>%1, %2 : %n caractère de texte est arrivé comme moitié d’une paire UTF-16 (JSON valide, mais pas un caractère) ; il est conservé sous la forme U+FFFD.</numerusform>
            <numerusform>%1, %2 : %n caractères de texte sont arrivés comme moitiés de paires UTF-16 (JSON valide, mais pas des caractères) ; chacun est conservé sous la forme U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n number(s) beyond 64 bits; each is kept as the nearest floating-point value.</source>
        <translation>
            <numerusform>%1, %2 : %n nombre dépasse 64 bits ; il est conservé sous la forme de la valeur à virgule flottante la plus proche.</numerusform>
            <numerusform>%1, %2 : %n nombres dépassent 64 bits ; chacun est conservé sous la forme de la valeur à virgule flottante la plus proche.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: the page holds %3 records where its own totals say %4.</source>
        <translation>%1, %2 : la page contient %3 enregistrements alors que ses propres totaux en annoncent %4.</translation>
    </message>
    <message>
        <source>Asking again.</source>
        <translation>Nouvelle demande.</translation>
    </message>
    <message>
        <source>Kept as it is.</source>
        <translation>Conservée telle quelle.</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>décompte des enregistrements</translation>
    </message>
    <message>
        <source>record count for company %1</source>
        <translation>décompte des enregistrements de l’entreprise %1</translation>
    </message>
    <message>
        <source>%1 The pages are read one after another instead.</source>
        <translation>%1 Les pages sont lues l’une après l’autre.</translation>
    </message>
    <message>
        <source>%1, %2: the answer does not say how many records there are. The pages are read one after another instead.</source>
        <translation>%1, %2 : la réponse n’indique pas combien d’enregistrements il y a. Les pages sont lues l’une après l’autre.</translation>
    </message>
    <message>
        <source>%1, %2: the page holds %3 records where the count says at least %4.</source>
        <translation>%1, %2 : la page contient %3 enregistrements alors que le décompte en annonce au moins %4.</translation>
    </message>
    <message>
        <source>%1: CallRail sent &quot;%2&quot; without being asked for it; it is kept in the other_fields column.</source>
        <translation>%1 : CallRail a envoyé « %2 » sans qu’on le demande ; il est conservé dans la colonne other_fields.</translation>
    </message>
    <message>
        <source>grouped by %1</source>
        <translation>regroupé par %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1, %2: the report&apos;s rows add up to %3 where its total says %4.</source>
        <translation>%1, %2 : les lignes du rapport font %3 alors que son total indique %4.</translation>
    </message>
</context>
<context>
    <name>callrail::Endpoints</name>
    <message>
        <source>Accounts this API key can see</source>
        <translation>Comptes visibles par cette clé d’API</translation>
    </message>
    <message>
        <source>Inbound and outbound phone calls</source>
        <translation>Appels téléphoniques entrants et sortants</translation>
    </message>
    <message>
        <source>Companies (businesses) in the account</source>
        <translation>Entreprises du compte</translation>
    </message>
    <message>
        <source>Web forms submitted by visitors</source>
        <translation>Formulaires web soumis par les visiteurs</translation>
    </message>
    <message>
        <source>Integrations (webhooks, analytics, …) per company</source>
        <translation>Intégrations (webhooks, outils d’analyse, …) par entreprise</translation>
    </message>
    <message>
        <source>Tags used to label calls and forms</source>
        <translation>Étiquettes servant à classer les appels et les formulaires</translation>
    </message>
    <message>
        <source>Tracking numbers and their call flows</source>
        <translation>Numéros de suivi et leurs parcours d’appel</translation>
    </message>
    <message>
        <source>Users with access to the account</source>
        <translation>Utilisateurs ayant accès au compte</translation>
    </message>
    <message>
        <source>Text message conversations (SMS/MMS)</source>
        <translation>Conversations par SMS (SMS/MMS)</translation>
    </message>
    <message>
        <source>Users&apos; call and message alert settings</source>
        <translation>Réglages d’alertes d’appels et de messages des utilisateurs</translation>
    </message>
    <message>
        <source>Verified numbers used as outbound caller ID</source>
        <translation>Numéros vérifiés utilisés comme identifiant d’appel sortant</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Form submissions</source>
        <translation>Formulaires envoyés</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>Numéros de suivi</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Outbound caller IDs</source>
        <translation>Identifiants d’appel sortant</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>The people behind the calls and forms, one row per person</source>
        <translation>Les personnes derrière les appels et les formulaires, une ligne par personne</translation>
    </message>
    <message>
        <source>Calls summary</source>
        <translation>Synthèse des appels</translation>
    </message>
    <message>
        <source>Calls counted by source, campaign, keywords, landing page, referrer or company</source>
        <translation>Appels comptés par source, campagne, mots-clés, page d’atterrissage, référent ou entreprise</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Appels dans le temps</translation>
    </message>
    <message>
        <source>Calls per day, week, month or hour: answered, missed, first-time callers</source>
        <translation>Appels par jour, semaine, mois ou heure : répondus, manqués, premiers appels</translation>
    </message>
    <message>
        <source>Forms summary</source>
        <translation>Synthèse des formulaires</translation>
    </message>
    <message>
        <source>Form submissions counted by source, campaign, form or company</source>
        <translation>Formulaires envoyés comptés par source, campagne, formulaire ou entreprise</translation>
    </message>
</context>
<context>
    <name>callrail::Export</name>
    <message>
        <source>Cannot resume %1: the file no longer exists.</source>
        <translation>Impossible de reprendre %1 : le fichier n’existe plus.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot resume %1: the file holds %2 bytes, fewer than the %3 bytes already written.</source>
        <translation>Impossible de reprendre %1 : le fichier contient %2 octets, moins que les %3 octets déjà écrits.</translation>
    </message>
    <message>
        <source>Cannot resume %1: it was started with other columns or settings.</source>
        <translation>Impossible de reprendre %1 : il a été commencé avec d’autres colonnes ou d’autres réglages.</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Could not write to %1: the file is not open.</source>
        <translation>Impossible d’écrire dans %1 : le fichier n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not save %1: the file is not open.</source>
        <translation>Impossible d’enregistrer %1 : le fichier n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::ExportFolderLock</name>
    <message>
        <source>%1 is being updated by another run</source>
        <translation>%1 est en cours de mise à jour par une autre exécution</translation>
    </message>
    <message>
        <source>%1 is being updated by another run (pid %2, started %3)</source>
        <translation>%1 est en cours de mise à jour par une autre exécution (pid %2, démarrée à %3)</translation>
    </message>
    <message>
        <source>%1; try again when it ends.</source>
        <translation>%1 ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Cannot work in %1: no permission to create a file there.</source>
        <translation>Impossible de travailler dans %1 : pas le droit d’y créer un fichier.</translation>
    </message>
    <message>
        <source>Cannot work in %1: its lock file %2 could not be written (is the disk full?).</source>
        <translation>Impossible de travailler dans %1 : son fichier de verrou %2 n’a pas pu être écrit (le disque est-il plein ?).</translation>
    </message>
</context>
<context>
    <name>callrail::ExportManifest</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an export made by this version of CallRail Extractor (it has no %2). Run a full extraction into it once; later runs can refresh it.</source>
        <translation>%1 n’est pas un export fait par cette version de CallRail Extractor (il n’a pas de %2). Faites-y une extraction complète une fois ; ensuite il pourra être actualisé.</translation>
    </message>
    <message>
        <source>%1 is damaged or from another version: run a full extraction into the folder again.</source>
        <translation>%1 est endommagé ou d’une autre version : refaites une extraction complète dans le dossier.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::ExportNote</name>
    <message>
        <source>complete up to your limit of %1 records</source>
        <translation>complet jusqu’à votre limite de %1 enregistrements</translation>
    </message>
    <message>
        <source>complete: all %1 records CallRail reported</source>
        <translation>complet : les %1 enregistrements annoncés par CallRail</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>INCOMPLETE: %1 of the %2 records CallRail reported</source>
        <translation>INCOMPLET : %1 des %2 enregistrements annoncés par CallRail</translation>
    </message>
    <message>
        <source>not available on this CallRail plan or to this key</source>
        <translation>non disponible avec cette offre CallRail ou pour cette clé</translation>
    </message>
    <message>
        <source>INCOMPLETE: stopped by an error (%1)</source>
        <translation>INCOMPLET : arrêté par une erreur (%1)</translation>
    </message>
    <message>
        <source>INCOMPLETE: the run was cancelled</source>
        <translation>INCOMPLET : l’extraction a été annulée</translation>
    </message>
    <message>
        <source>INCOMPLETE: not started</source>
        <translation>INCOMPLET : pas commencé</translation>
    </message>
    <message>
        <source>CallRail data exported by CallRail Extractor %1</source>
        <translation>Données CallRail exportées par CallRail Extractor %1</translation>
    </message>
    <message>
        <source>Extracted: %1 (%2)</source>
        <translation>Extrait le : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>Dates: %1, for calls, form submissions and text messages (the other lists are taken whole)</source>
        <translation>Dates : %1, pour les appels, les formulaires et les SMS (les autres listes sont prises entières)</translation>
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
        <translation>avec une marque d’ordre des octets pour Excel</translation>
    </message>
    <message>
        <source>cells starting with = + - @ prefixed with &apos; so that spreadsheets do not run them</source>
        <translation>les cellules commençant par = + - @ sont précédées de &apos; pour que les tableurs ne les exécutent pas</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
    <message>
        <source>%1: no file</source>
        <translation>%1 : aucun fichier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln record(s), %1</source>
        <translation>
            <numerusform>  %Ln enregistrement, %1</numerusform>
            <numerusform>  %Ln enregistrements, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  Fields: %1</source>
        <translation>  Champs : %1</translation>
    </message>
    <message>
        <source>Requests to CallRail: %1; time taken: %2 s. The machine-readable record is summary.json.</source>
        <translation>Requêtes à CallRail : %1 ; durée : %2 s. Le relevé lisible par machine est summary.json.</translation>
    </message>
    <message>
        <source>Excel workbook (%1), from the JSON Lines files (UTF-8) beside it, which keep every value whole</source>
        <translation>Classeur Excel (%1), construit à partir des fichiers JSON Lines (UTF-8) posés à côté, qui gardent chaque valeur entière</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>SQLite database (%1, a table per list, merged on the id with earlier loads), from the JSON Lines files (UTF-8) beside it</source>
        <translation>Base de données SQLite (%1, une table par liste, fusionnée sur l’id avec les chargements précédents), construite à partir des fichiers JSON Lines (UTF-8) posés à côté</translation>
    </message>
    <message>
        <source>PostgreSQL database (%1: a table per list, merged on the id with earlier loads), from the JSON Lines files (UTF-8) beside it</source>
        <translation>Base de données PostgreSQL (%1 : une table par liste, fusionnée par id avec les chargements précédents), à partir des fichiers JSON Lines (UTF-8) à côté</translation>
    </message>
    <message>
        <source>  Columns added for the fields found in the records: %1</source>
        <translation>  Colonnes ajoutées pour les champs trouvés dans les enregistrements : %1</translation>
    </message>
    <message>
        <source>  %1: only its first %2 keys have columns of their own; any others stay in the %1 column.</source>
        <translation>  %1 : seules ses %2 premières clés ont leur propre colonne ; les autres restent dans la colonne %1.</translation>
    </message>
</context>
<context>
    <name>callrail::ExportRefresh</name>
    <message>
        <source>%1 Nothing was requested from CallRail; the export is as it was.</source>
        <translation>%1 Rien n’a été demandé à CallRail ; l’export reste tel quel.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Continuing the interrupted refresh of %1.</source>
        <translation>Reprise de l’actualisation interrompue de %1.</translation>
    </message>
    <message>
        <source>The re-read did not complete, so the export was left as it was. Run the refresh again to continue where it stopped.</source>
        <translation>La relecture ne s’est pas terminée : l’export est resté tel quel. Relancez l’actualisation pour continuer là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>%1 was not re-read; the export was left as it was.</source>
        <translation>%1 n’a pas été relu ; l’export est resté tel quel.</translation>
    </message>
    <message>
        <source>%1 The export was left as it was.</source>
        <translation>%1 L’export est resté tel quel.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The export was left as it was.</source>
        <translation>Impossible d’écrire %1 : %2. L’export est resté tel quel.</translation>
    </message>
    <message>
        <source>Could not replace %1: %2. Run the refresh again to finish it.</source>
        <translation>Impossible de remplacer %1 : %2. Relancez l’actualisation pour la terminer.</translation>
    </message>
    <message>
        <source>The refresh journal %1 is damaged.</source>
        <translation>Le journal d’actualisation %1 est endommagé.</translation>
    </message>
    <message>
        <source>The files are refreshed; run the refresh again to retry.</source>
        <translation>Les fichiers sont actualisés ; relancez l’actualisation pour réessayer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::ExtractionOptions</name>
    <message>
        <source>Choose at least one endpoint to extract.</source>
        <translation>Choisissez au moins un point d’accès à extraire.</translation>
    </message>
    <message>
        <source>Unknown endpoint &quot;%1&quot;. Known endpoints: %2.</source>
        <translation>Point d’accès inconnu « %1 ». Points d’accès connus : %2.</translation>
    </message>
    <message>
        <source>The record limit for %1 must be a positive number.</source>
        <translation>La limite d’enregistrements de %1 doit être un nombre positif.</translation>
    </message>
    <message>
        <source>%1 has no optional fields (asked for &quot;%2&quot;).</source>
        <translation>%1 n’a pas de champ facultatif (« %2 » demandé).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an optional field of %2. Optional fields: %3.</source>
        <translation>« %1 » n’est pas un champ facultatif de %2. Champs facultatifs : %3.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Choisissez un dossier de sortie.</translation>
    </message>
    <message>
        <source>The output folder &quot;%1&quot; is a file, not a folder.</source>
        <translation>Le dossier de sortie « %1 » est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the output folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier de sortie « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write in the output folder &quot;%1&quot;: %2</source>
        <translation>Impossible d’écrire dans le dossier de sortie « %1 » : %2</translation>
    </message>
    <message>
        <source>The PostgreSQL schema needs a name of 1 to %1 bytes.</source>
        <translation>Le schéma PostgreSQL doit avoir un nom de 1 à %1 octets.</translation>
    </message>
    <message>
        <source>%1 is not a summary: it cannot be grouped (only %2 can).</source>
        <translation>%1 n’est pas une synthèse : il ne se regroupe pas (seuls %2 le peuvent).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grouping of %2. Groupings: %3.</source>
        <translation>« %1 » n’est pas un regroupement de %2. Regroupements : %3.</translation>
    </message>
    <message>
        <source>%1 is not a time series: it has no interval (only %2 has).</source>
        <translation>%1 n’est pas une série temporelle : il n’a pas d’intervalle (seul %2 en a un).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval of %2. Intervals: %3.</source>
        <translation>« %1 » n’est pas un intervalle de %2. Intervalles : %3.</translation>
    </message>
</context>
<context>
    <name>callrail::ExtractionRunner</name>
    <message>
        <source>There is no interrupted run to continue in &quot;%1&quot;.</source>
        <translation>Il n’y a aucune exécution interrompue à poursuivre dans « %1 ».</translation>
    </message>
    <message>
        <source>The interrupted run in &quot;%1&quot; cannot be read (%2).</source>
        <translation>L’exécution interrompue dans « %1 » ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>No API key: store one in the app, or set CALLRAIL_API_KEY.</source>
        <translation>Aucune clé d’API : enregistrez-en une dans l’application ou définissez CALLRAIL_API_KEY.</translation>
    </message>
    <message>
        <source>The saved request budget could not be read (%1); counting from zero.</source>
        <translation>Le budget de requêtes enregistré n’a pas pu être lu (%1) ; le décompte repart de zéro.</translation>
    </message>
    <message>
        <source>%1 Retrying %2 in %3 s (attempt %4).</source>
        <translation>%1 Nouvel essai de %2 dans %3 s (tentative %4).</translation>
    </message>
    <message>
        <source>Waiting: %1. The run goes on by itself at %2.</source>
        <translation>En attente : %1. L’exécution reprendra d’elle-même à %2.</translation>
    </message>
    <message>
        <source>The accounts this key can see could not be listed: %1</source>
        <translation>Les comptes visibles par cette clé n’ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>The run cannot be resumed if interrupted: %1</source>
        <translation>L’exécution ne pourra pas être reprise si elle est interrompue : %1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Extracting %1 into %2; calls, form submissions and text messages from %3.</source>
        <translation>Extraction de %1 dans %2 ; appels, formulaires soumis et SMS du %3.</translation>
    </message>
    <message>
        <source>Account %1 (%2 of %3): %4</source>
        <translation>Compte %1 (%2 sur %3) : %4</translation>
    </message>
    <message>
        <source>%1 needs the account&apos;s companies, which could not be listed: %2</source>
        <translation>%1 a besoin des entreprises du compte, qui n’ont pas pu être listées : %2</translation>
    </message>
    <message>
        <source>That is more than CallRail allows now: the run will pause when the limit is reached and go on by itself; it should finish around %1.</source>
        <translation>C’est plus que ce que CallRail autorise pour l’instant : l’exécution fera une pause à la limite et reprendra d’elle-même ; elle devrait se terminer vers %1.</translation>
    </message>
    <message>
        <source>Stopped: the API key was rejected.</source>
        <translation>Arrêté : la clé d’API a été refusée.</translation>
    </message>
    <message>
        <source>Cancelled. The rows fetched so far are kept; the run can be resumed.</source>
        <translation>Annulé. Les lignes déjà récupérées sont conservées ; l’exécution peut être reprise.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <source>The request budget could not be saved: %1</source>
        <translation>Le budget de requêtes n’a pas pu être enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>This account needs about %n more request(s) (%1 made so far); it has %2 left this hour and %3 today.</source>
        <translation>
            <numerusform>Ce compte nécessite encore environ %n requête (%1 effectuées jusqu’ici) ; il lui en reste %2 pour cette heure et %3 pour aujourd’hui.</numerusform>
            <numerusform>Ce compte nécessite encore environ %n requêtes (%1 effectuées jusqu’ici) ; il lui en reste %2 pour cette heure et %3 pour aujourd’hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was asked of CallRail: the PostgreSQL database cannot be used. %1</source>
        <translation>Rien n’a été demandé à CallRail : la base de données PostgreSQL est inutilisable. %1</translation>
    </message>
</context>
<context>
    <name>callrail::FieldPickerDialog</name>
    <message>
        <source>Optional fields of %1</source>
        <translation>Champs facultatifs de %1</translation>
    </message>
    <message>
        <source>CallRail sends these fields only when asked. Tick the ones you need; each adds a column to the %1 file.</source>
        <translation>CallRail n’envoie ces champs que sur demande. Cochez ceux dont vous avez besoin ; chacun ajoute une colonne au fichier %1.</translation>
    </message>
    <message>
        <source>Optional fields</source>
        <translation>Champs facultatifs</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
    <message>
        <source>Groupings of %1</source>
        <translation>Regroupements de %1</translation>
    </message>
    <message>
        <source>CallRail counts the window once for each grouping you tick: one request each, and a row for every source, campaign, … it finds.</source>
        <translation>CallRail compte la période une fois par regroupement coché : une requête chacun, et une ligne pour chaque source, campagne, … trouvée.</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>Regroupements</translation>
    </message>
    <message>
        <source>Interval of %1</source>
        <translation>Intervalle de %1</translation>
    </message>
    <message>
        <source>One row per period. CallRail sends at most 200 points a request, so a long window at a fine interval takes a few more requests.</source>
        <translation>Une ligne par période. CallRail envoie au plus 200 points par requête : une longue période à un intervalle fin demande quelques requêtes de plus.</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
</context>
<context>
    <name>callrail::FileMerge</name>
    <message>
        <source>Cannot read the re-read records %1: %2</source>
        <translation>Impossible de lire les enregistrements relus %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the exported file %1: %2</source>
        <translation>Impossible de lire le fichier exporté %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The exported file %1 is empty.</source>
        <translation>Le fichier exporté %1 est vide.</translation>
    </message>
    <message>
        <source>The exported file %1 has no id column.</source>
        <translation>Le fichier exporté %1 n’a pas de colonne id.</translation>
    </message>
    <message>
        <source>The exported file %1 holds a line that is not a record with an id: it was not written by this program, or was edited.</source>
        <translation>Le fichier exporté %1 contient une ligne qui n’est pas un enregistrement avec un id : il n’a pas été écrit par ce programme, ou a été modifié.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot rename the file</source>
        <translation>impossible de renommer le fichier</translation>
    </message>
</context>
<context>
    <name>callrail::FolderBusyDialog</name>
    <message>
        <source>Export folder in use</source>
        <translation>Dossier d’export occupé</translation>
    </message>
    <message>
        <source>Who is using the folder</source>
        <translation>Qui utilise le dossier</translation>
    </message>
    <message>
        <source>%1.

Wait for it to end? This goes ahead by itself as soon as the folder is free; nothing is lost by waiting.</source>
        <translation>%1.

Attendre qu’elle se termine ? L’opération reprend d’elle-même dès que le dossier est libre ; attendre ne fait rien perdre.</translation>
    </message>
    <message>
        <source>Waiting for the other run to end</source>
        <translation>En attente de la fin de l’autre exécution</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>&amp;Attendre</translation>
    </message>
    <message>
        <source>Wait for the other run, then go ahead</source>
        <translation>Attendre l’autre exécution, puis continuer</translation>
    </message>
    <message>
        <source>Give up; nothing is saved or refreshed</source>
        <translation>Abandonner ; rien n’est enregistré ni actualisé</translation>
    </message>
    <message>
        <source>%1.

Waiting for it to end…</source>
        <translation>%1.

En attente de sa fin…</translation>
    </message>
</context>
<context>
    <name>callrail::FormFields</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::JsonPage</name>
    <message>
        <source>the body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <source>a text holds a raw control character, which JSON forbids</source>
        <translation>un texte contient un caractère de contrôle brut, ce que JSON interdit</translation>
    </message>
    <message>
        <source>the body is not valid UTF-8</source>
        <translation>le corps n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>a text holds a broken escape sequence</source>
        <translation>un texte contient une séquence d’échappement invalide</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>un nombre est mal formé</translation>
    </message>
    <message>
        <source>a value is misspelt</source>
        <translation>une valeur est mal orthographiée</translation>
    </message>
    <message>
        <source>the JSON text is broken (cut short, or with stray characters)</source>
        <translation>le texte JSON est cassé (tronqué, ou avec des caractères parasites)</translation>
    </message>
    <message>
        <source>the body is JSON, but not a JSON object</source>
        <translation>le corps est du JSON, mais pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>callrail::KeyController</name>
    <message>
        <source>Enter your CallRail API key first.</source>
        <translation>Saisissez d’abord votre clé d’API CallRail.</translation>
    </message>
    <message>
        <source>The key is used for this session only; it will be forgotten when you quit.</source>
        <translation>La clé n’est utilisée que pour cette session ; elle sera oubliée quand vous quitterez.</translation>
    </message>
    <message>
        <source>The key was forgotten.</source>
        <translation>La clé a été oubliée.</translation>
    </message>
    <message>
        <source>CallRail rejected this key. Check that you copied the whole key.</source>
        <translation>CallRail a refusé cette clé. Vérifiez que vous avez copié la clé en entier.</translation>
    </message>
    <message numerus="yes">
        <source>The key works. It can see %n account(s): %1.</source>
        <translation>
            <numerusform>La clé fonctionne. Elle voit %n compte : %1.</numerusform>
            <numerusform>La clé fonctionne. Elle voit %n comptes : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no keychain on this computer, so the key cannot be stored safely. You can use it for this session only; it is never written to a file.</source>
        <translation>Cet ordinateur n’a pas de trousseau, la clé ne peut donc pas être enregistrée de façon sûre. Vous pouvez l’utiliser pour cette session seulement ; elle n’est jamais écrite dans un fichier.</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>La clé est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The key was removed from the keychain.</source>
        <translation>La clé a été supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Checking the new key with CallRail before it replaces the one in use…</source>
        <translation>Vérification de la nouvelle clé auprès de CallRail avant qu’elle remplace celle en service…</translation>
    </message>
    <message>
        <source>This key could not be checked: %1</source>
        <translation>Cette clé n’a pas pu être vérifiée : %1</translation>
    </message>
</context>
<context>
    <name>callrail::KeyPage</name>
    <message>
        <source>Connect to CallRail</source>
        <translation>Se connecter à CallRail</translation>
    </message>
    <message>
        <source>Paste your CallRail API v3 key. You find it in CallRail under Settings → API Keys. It is kept in your system keychain and never written to a file.</source>
        <translation>Collez votre clé d’API v3 CallRail. Vous la trouverez dans CallRail sous Settings → API Keys. Elle est conservée dans le trousseau du système et n’est jamais écrite dans un fichier.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé d’&amp;API :</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Ask CallRail which accounts this key can see.</source>
        <translation>Demander à CallRail quels comptes cette clé peut voir.</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>Store the key in the system keychain and continue.</source>
        <translation>Enregistrer la clé dans le trousseau du système et continuer.</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Utiliser pour cette session &amp;uniquement</translation>
    </message>
    <message>
        <source>Keep the key in memory until you quit; nothing is stored.</source>
        <translation>Garder la clé en mémoire jusqu’à la fermeture ; rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>En attente du trousseau…</translation>
    </message>
    <message>
        <source>No key at hand?</source>
        <translation>Pas de clé sous la main ?</translation>
    </message>
    <message>
        <source>Try everything on a built-in demo account first. Nothing is sent to CallRail.</source>
        <translation>Essayez d’abord tout sur un compte de démonstration intégré. Rien n’est envoyé à CallRail.</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Essayer avec des données de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Asking CallRail…</source>
        <translation>Interrogation de CallRail…</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>Store this key although its test failed; it replaces the stored key.</source>
        <translation>Enregistrer cette clé malgré l’échec du test ; elle remplace la clé enregistrée.</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>État de la clé</translation>
    </message>
    <message>
        <source>It was not saved; the key you had stays as it was. Correct the key, or choose Save anyway.</source>
        <translation>Elle n’a pas été enregistrée ; la clé que vous aviez reste inchangée. Corrigez la clé ou choisissez Enregistrer quand même.</translation>
    </message>
</context>
<context>
    <name>callrail::LaunchdJobs</name>
    <message>
        <source>launchd agent</source>
        <translation>agent launchd</translation>
    </message>
</context>
<context>
    <name>callrail::LimitDelegate</name>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Record limit</source>
        <translation>Limite d’enregistrements</translation>
    </message>
</context>
<context>
    <name>callrail::ListPageCheck</name>
    <message>
        <source>the answer has no &quot;%1&quot; list</source>
        <translation>la réponse ne contient pas de liste « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>« %1 » n’est pas une liste</translation>
    </message>
    <message>
        <source>entry %1 of the &quot;%2&quot; list is not a record</source>
        <translation>l’entrée %1 de la liste « %2 » n’est pas un enregistrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>« %1 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;has_next_page&quot; is not true or false</source>
        <translation>« has_next_page » n’est ni vrai ni faux</translation>
    </message>
    <message>
        <source>&quot;next_page&quot; is not a link</source>
        <translation>« next_page » n’est pas un lien</translation>
    </message>
    <message>
        <source>it says another page follows but gives no link to it</source>
        <translation>elle annonce une page suivante sans en donner le lien</translation>
    </message>
    <message>
        <source>the page holds %1 records, more than the %2 of a page</source>
        <translation>la page contient %1 enregistrements, plus que les %2 d’une page</translation>
    </message>
    <message>
        <source>the page holds %1 records where %2 were due (another page follows, so it is not the last)</source>
        <translation>la page contient %1 enregistrements au lieu de %2 (une autre page suit, ce n’est donc pas la dernière)</translation>
    </message>
</context>
<context>
    <name>callrail::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>callrail::Logging</name>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>Impossible d’écrire le fichier journal %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::MainController</name>
    <message>
        <source>The demo data could not be started (no free local port).</source>
        <translation>Les données de démonstration n’ont pas pu démarrer (aucun port local libre).</translation>
    </message>
    <message>
        <source>CallRail rejected the stored API key. Enter a new one.</source>
        <translation>CallRail a refusé la clé d’API enregistrée. Saisissez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Enter an API key, or try the demo data.</source>
        <translation>Saisissez une clé d’API ou essayez les données de démonstration.</translation>
    </message>
    <message>
        <source>CallRail rejected the API key during the run. Enter a valid key; what was fetched is kept and the run can be resumed.</source>
        <translation>CallRail a refusé la clé d’API pendant l’exécution. Saisissez une clé valide ; ce qui a été récupéré est conservé et l’exécution peut être reprise.</translation>
    </message>
    <message>
        <source>There is nothing to save yet: run an extraction first.</source>
        <translation>Il n’y a encore rien à enregistrer : lancez d’abord une extraction.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the results are saved: a new run replaces them.</source>
        <translation>Attendez que les résultats soient enregistrés : une nouvelle exécution les remplace.</translation>
    </message>
    <message>
        <source>Wait until the refresh has finished.</source>
        <translation>Attendez la fin de l’actualisation.</translation>
    </message>
    <message>
        <source>Saving as %1 in %2…</source>
        <translation>Enregistrement en %1 dans %2…</translation>
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
        <translation>Données de démonstration : vous consultez un compte CallRail fictif. Rien n’est envoyé à CallRail. Saisissez votre clé d’API (Clé → Changer de clé…) pour extraire vos propres données.</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progression</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Change &amp;key…</source>
        <translation>Changer de &amp;clé…</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>&amp;Oublier la clé</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the extraction (Ctrl+R)</source>
        <translation>Démarrer l’extraction (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop now and keep what was fetched (Esc)</source>
        <translation>Arrêter maintenant et garder ce qui a été récupéré (Échap)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Continue the interrupted run where it stopped</source>
        <translation>Poursuivre l’exécution interrompue là où elle s’est arrêtée</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>Extraction…</translation>
    </message>
    <message>
        <source>&amp;Start extraction</source>
        <translation>&amp;Démarrer l’extraction</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel extraction</source>
        <translation>&amp;Annuler l’extraction</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Cancelling… rows fetched so far are kept.</source>
        <translation>Annulation… les lignes déjà récupérées sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Resume interrupted run</source>
        <translation>&amp;Reprendre l’exécution interrompue</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Essayer avec des données de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Change key…</source>
        <translation>&amp;Changer de clé…</translation>
    </message>
    <message>
        <source>&amp;About CallRail Extractor</source>
        <translation>À &amp;propos de CallRail Extractor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Save the extracted files in</source>
        <translation>Enregistrer les fichiers extraits dans</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers ?</translation>
    </message>
    <message>
        <source>These files already exist in %1:

%2

Replace them?</source>
        <translation>Ces fichiers existent déjà dans %1 :

%2

Les remplacer ?</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Résultats non enregistrés</translation>
    </message>
    <message>
        <source>The results of the last extraction have not been saved. Discard them?</source>
        <translation>Les résultats de la dernière extraction n’ont pas été enregistrés. Les abandonner ?</translation>
    </message>
    <message>
        <source>Using demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Key: this session only</source>
        <translation>Clé : cette session uniquement</translation>
    </message>
    <message>
        <source>Key: in the system keychain</source>
        <translation>Clé : dans le trousseau du système</translation>
    </message>
    <message>
        <source>About CallRail Extractor</source>
        <translation>À propos de CallRail Extractor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallRail Extractor %1&lt;/h3&gt;&lt;p&gt;Extracts your CallRail API v3 data into CSV and JSON Lines files.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), licensed under the GNU LGPL version 3. The API key is kept with QtKeychain, under the BSD licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CallRail Extractor %1&lt;/h3&gt;&lt;p&gt;Extrait vos données de l’API v3 CallRail vers des fichiers CSV et JSON Lines.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2 (exécuté avec Qt %3), sous licence GNU LGPL version 3. La clé d’API est conservée avec QtKeychain, sous licence BSD.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Extraction running</source>
        <translation>Extraction en cours</translation>
    </message>
    <message>
        <source>An extraction is running. Stop it and quit? What was fetched is not saved.</source>
        <translation>Une extraction est en cours. L’arrêter et quitter ? Ce qui a été récupéré n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Progress and preview</source>
        <translation>Progression et aperçu</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Où la clé est conservée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show the &amp;settings panel</source>
        <translation>Afficher le panneau des &amp;réglages</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Enter a valid key, then Resume.</source>
        <translation>Saisissez une clé valide, puis Reprendre.</translation>
    </message>
    <message>
        <source>Preview them, then Save.</source>
        <translation>Prévisualisez-les, puis Enregistrer.</translation>
    </message>
    <message>
        <source>Resume fetches what is missing; what arrived can be previewed and saved.</source>
        <translation>Reprendre récupère ce qui manque ; ce qui est arrivé peut être prévisualisé et enregistré.</translation>
    </message>
    <message>
        <source>◀ Hide settings</source>
        <translation>◀ Masquer les réglages</translation>
    </message>
    <message>
        <source>Settings ▶</source>
        <translation>Réglages ▶</translation>
    </message>
    <message>
        <source>Give the progress and the preview the whole width (F9)</source>
        <translation>Donner toute la largeur à la progression et à l’aperçu (F9)</translation>
    </message>
    <message>
        <source>Show what to extract again (F9)</source>
        <translation>Réafficher ce qu’il faut extraire (F9)</translation>
    </message>
    <message>
        <source>Hide the settings panel</source>
        <translation>Masquer le panneau des réglages</translation>
    </message>
    <message>
        <source>Show the settings panel</source>
        <translation>Afficher le panneau des réglages</translation>
    </message>
    <message>
        <source>Re&amp;fresh an export…</source>
        <translation>Actua&amp;liser un export…</translation>
    </message>
    <message>
        <source>Bring a folder saved earlier up to date with a few requests: new records added, edited ones updated, deleted ones marked</source>
        <translation>Mettre à jour un dossier enregistré plus tôt en quelques requêtes : nouveaux enregistrements ajoutés, modifiés mis à jour, supprimés marqués</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer en</translation>
    </message>
    <message>
        <source>What Save writes: files for a spreadsheet, a workbook, or a database</source>
        <translation>Ce qu’écrit Enregistrer : des fichiers pour un tableur, un classeur ou une base de données</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;en :</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically…</source>
        <translation>Actualiser &amp;automatiquement…</translation>
    </message>
    <message>
        <source>Save the ticked lists as %1 (Ctrl+S)</source>
        <translation>Enregistrer les listes cochées en %1 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Refresh the export in</source>
        <translation>Actualiser l’export de</translation>
    </message>
    <message>
        <source>Export refreshed</source>
        <translation>Export actualisé</translation>
    </message>
    <message>
        <source>Export not refreshed</source>
        <translation>Export non actualisé</translation>
    </message>
    <message>
        <source>Scheduled refresh failed: %1</source>
        <translation>Échec d’une actualisation planifiée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled refresh(es) failed while the window was closed:</source>
        <translation>
            <numerusform>%n actualisation planifiée a échoué pendant que la fenêtre était fermée :</numerusform>
            <numerusform>%n actualisations planifiées ont échoué pendant que la fenêtre était fermée :</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled refresh failed</source>
        <translation>Échec d’une actualisation planifiée</translation>
    </message>
    <message>
        <source>Saving %1 (%2 of %3)…</source>
        <translation>Enregistrement de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Stopping the save after the file being written…</source>
        <translation>Arrêt de l’enregistrement après le fichier en cours d’écriture…</translation>
    </message>
    <message>
        <source>Stop saving: the files saved so far stay whole (Esc)</source>
        <translation>Arrêter l’enregistrement : les fichiers déjà enregistrés restent entiers (Échap)</translation>
    </message>
</context>
<context>
    <name>callrail::OptionLimits</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (got &quot;%4&quot;).</source>
        <translation>%1 doit être un nombre entier de %2 à %3 (reçu « %4 »).</translation>
    </message>
    <message>
        <source>Records per page</source>
        <translation>Le nombre d’enregistrements par page</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Le nombre de requêtes simultanées</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Le nombre de nouvelles tentatives</translation>
    </message>
    <message>
        <source>The request timeout in seconds</source>
        <translation>Le délai d’attente des requêtes en secondes</translation>
    </message>
    <message>
        <source>The hourly request budget</source>
        <translation>Le budget de requêtes par heure</translation>
    </message>
    <message>
        <source>The daily request budget</source>
        <translation>Le budget de requêtes par jour</translation>
    </message>
    <message>
        <source>The budget window in seconds</source>
        <translation>Le nombre de secondes de la fenêtre du budget</translation>
    </message>
    <message>
        <source>The date slice length in days</source>
        <translation>Le nombre de jours d’une tranche de dates</translation>
    </message>
    <message>
        <source>The record limit</source>
        <translation>Le nombre maximal d’enregistrements</translation>
    </message>
</context>
<context>
    <name>callrail::PagePlan</name>
    <message>
        <source>%1: CallRail reported an implausible number of pages (%2); stopped to be safe.</source>
        <translation>%1 : CallRail a annoncé un nombre de pages invraisemblable (%2) ; arrêt par précaution.</translation>
    </message>
    <message>
        <source>page %1 came back empty before the reported end (page %2)</source>
        <translation>la page %1 est arrivée vide avant la fin annoncée (page %2)</translation>
    </message>
</context>
<context>
    <name>callrail::PostgresConnection</name>
    <message>
        <source>No PostgreSQL database named: give a libpq connection string or URI, e.g. &quot;host=localhost dbname=analytics&quot;.</source>
        <translation>Aucune base de données PostgreSQL indiquée : donnez une chaîne de connexion ou une URI libpq, p. ex. &quot;host=localhost dbname=analytics&quot;.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection is not a libpq connection string or URI.</source>
        <translation>La connexion PostgreSQL n’est pas une chaîne de connexion ni une URI libpq.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection is not a libpq connection string or URI (%1).</source>
        <translation>La connexion PostgreSQL n’est pas une chaîne de connexion ni une URI libpq (%1).</translation>
    </message>
    <message>
        <source>The PostgreSQL connection holds a password. Give it in PGPASSWORD or ~/.pgpass instead (in the window, in its password field), so that no command line, log or file shows it.</source>
        <translation>La connexion PostgreSQL contient un mot de passe. Donnez-le plutôt dans PGPASSWORD ou ~/.pgpass (dans la fenêtre, dans son champ de mot de passe), pour qu’aucune ligne de commande, aucun journal ni fichier ne le montre.</translation>
    </message>
    <message>
        <source>%1, schema %2</source>
        <translation>%1, schéma %2</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation>Connexion à PostgreSQL impossible : mémoire épuisée.</translation>
    </message>
    <message>
        <source>The PostgreSQL server asks for a password and none was given: set PGPASSWORD or add it to ~/.pgpass (in the window, type it in the password field). %1</source>
        <translation>Le serveur PostgreSQL demande un mot de passe et aucun n’a été donné : définissez PGPASSWORD ou ajoutez-le à ~/.pgpass (dans la fenêtre, tapez-le dans le champ de mot de passe). %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or the password. %1</source>
        <translation>Le serveur PostgreSQL a refusé le nom d’utilisateur ou le mot de passe. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server has no such database or user. %1</source>
        <translation>Le serveur PostgreSQL n’a pas cette base de données ou cet utilisateur. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server does not accept this connection (pg_hba.conf). %1</source>
        <translation>Le serveur PostgreSQL n’accepte pas cette connexion (pg_hba.conf). %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached. %1</source>
        <translation>Le serveur PostgreSQL est injoignable. %1</translation>
    </message>
    <message>
        <source>The PostgreSQL server is version %1; loading needs 9.5 or later.</source>
        <translation>Le serveur PostgreSQL est en version %1 ; le chargement demande la 9.5 ou plus récente.</translation>
    </message>
    <message>
        <source>The PostgreSQL session could not be set up: %1</source>
        <translation>Impossible de préparer la session PostgreSQL : %1</translation>
    </message>
</context>
<context>
    <name>callrail::PostgresDialog</name>
    <message>
        <source>Save as a PostgreSQL database</source>
        <translation>Enregistrer dans une base de données PostgreSQL</translation>
    </message>
    <message>
        <source>The lists go into tables of this schema, merged by id with what is there already. The password is kept in the system&apos;s keychain.</source>
        <translation>Les listes vont dans des tables de ce schéma, fusionnées par id avec ce qui s’y trouve déjà. Le mot de passe est gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>localhost, or a server&apos;s name</source>
        <translation>localhost, ou le nom d’un serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chéma :</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Connected: the database is ready.</source>
        <translation>Connecté : la base de données est prête.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>callrail::PostgresWriter</name>
    <message>
        <source>The schema %1 could not be created: %2</source>
        <translation>Impossible de créer le schéma %1 : %2</translation>
    </message>
    <message>
        <source>the table %1 holds one account (its key is id alone); load several accounts into another schema.</source>
        <translation>la table %1 contient un seul compte (sa clé est id seul) ; chargez plusieurs comptes dans un autre schéma.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 has no id column to key its rows.</source>
        <translation>%1 n’a pas de colonne id pour identifier ses lignes.</translation>
    </message>
    <message>
        <source>The PostgreSQL database is not open.</source>
        <translation>La base de données PostgreSQL n’est pas ouverte.</translation>
    </message>
    <message>
        <source>the name %1 is longer than PostgreSQL&apos;s %2 bytes.</source>
        <translation>le nom %1 dépasse les %2 octets de PostgreSQL.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::PreviewPanel</name>
    <message>
        <source>Run an extraction to preview its rows here before saving them.</source>
        <translation>Lancez une extraction pour prévisualiser ici ses lignes avant de les enregistrer.</translation>
    </message>
    <message>
        <source>Extracted lists</source>
        <translation>Listes extraites</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>callrail::PreviewTab</name>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Extracted rows</source>
        <translation>Lignes extraites</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%1 lignes sur %2 correspondent</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Colonnes…</translation>
    </message>
    <message>
        <source>Show or hide columns</source>
        <translation>Afficher ou masquer des colonnes</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Choisir les colonnes à afficher</translation>
    </message>
    <message>
        <source>Preview activity</source>
        <translation>Activité de l’aperçu</translation>
    </message>
    <message>
        <source>Rows and completeness</source>
        <translation>Lignes et complétude</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri en cours…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage en cours…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::Reconciled</name>
    <message>
        <source>CallRail reports %1 form submissions for this window; the export holds %2.</source>
        <translation>CallRail annonce %1 formulaires envoyés pour cette période ; l’export en contient %2.</translation>
    </message>
    <message>
        <source>CallRail reports %1 calls for this window; the export holds %2.</source>
        <translation>CallRail annonce %1 appels pour cette période ; l’export en contient %2.</translation>
    </message>
    <message>
        <source>Warning: CallRail reports %1 form submissions for this window, but the export holds %2.</source>
        <translation>Attention : CallRail annonce %1 formulaires envoyés pour cette période, mais l’export en contient %2.</translation>
    </message>
    <message>
        <source>Warning: CallRail reports %1 calls for this window, but the export holds %2.</source>
        <translation>Attention : CallRail annonce %1 appels pour cette période, mais l’export en contient %2.</translation>
    </message>
</context>
<context>
    <name>callrail::RefreshController</name>
    <message>
        <source>Refreshing %1…</source>
        <translation>Actualisation de %1…</translation>
    </message>
</context>
<context>
    <name>callrail::RefreshReport</name>
    <message>
        <source>The refresh that was interrupted while swapping the files in is now complete.</source>
        <translation>L’actualisation interrompue pendant le remplacement des fichiers est maintenant terminée.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 removed, %5 unchanged</source>
        <translation>%1 : %2 nouveaux, %3 mis à jour, %4 supprimés, %5 inchangés</translation>
    </message>
    <message>
        <source> (%1 older, not re-read)</source>
        <translation> (%1 plus anciens, non relus)</translation>
    </message>
    <message numerus="yes">
        <source>Re-read from %1: %Ln request(s).</source>
        <translation>
            <numerusform>Relu depuis le %1 : %Ln requête.</numerusform>
            <numerusform>Relu depuis le %1 : %Ln requêtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::RefreshSchedule</name>
    <message>
        <source>The export folder must be a full path.</source>
        <translation>Le dossier de l’export doit être un chemin complet.</translation>
    </message>
    <message>
        <source>The path of callrail-export must be a full path.</source>
        <translation>Le chemin de callrail-export doit être un chemin complet.</translation>
    </message>
    <message>
        <source>The folder name holds a control character (a line break, say) that a scheduled job cannot carry; rename the folder.</source>
        <translation>Le nom du dossier contient un caractère de contrôle (un saut de ligne, par exemple) qu’une tâche planifiée ne peut pas porter ; renommez le dossier.</translation>
    </message>
    <message>
        <source>The time of day is not valid.</source>
        <translation>L’heure n’est pas valide.</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Chaque jour à %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>Chaque %1 à %2</translation>
    </message>
</context>
<context>
    <name>callrail::ReportRows</name>
    <message>
        <source>%1: the report holds an entry that is not a row.</source>
        <translation>%1 : le rapport contient une entrée qui n’est pas une ligne.</translation>
    </message>
</context>
<context>
    <name>callrail::ResultSaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read the extracted file %1: %2</source>
        <translation>Impossible de lire le fichier extrait %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saving was stopped; %1 and what follows it were not written.</source>
        <translation>L’enregistrement a été arrêté ; %1 et ce qui suit n’ont pas été écrits.</translation>
    </message>
</context>
<context>
    <name>callrail::ResumeStore</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::RunController</name>
    <message>
        <source>Cannot create a working folder in %1: %2</source>
        <translation>Impossible de créer un dossier de travail dans %1 : %2</translation>
    </message>
    <message>
        <source>Stopped: CallRail rejected the API key.</source>
        <translation>Arrêté : CallRail a refusé la clé d’API.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Annulé avant de commencer.</translation>
    </message>
</context>
<context>
    <name>callrail::RunPanel</name>
    <message>
        <source>Progress per endpoint</source>
        <translation>Progression par point d’accès</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>&amp;Log, showing:</source>
        <translation>&amp;Journal, affichage :</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Niveau du journal</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Informations et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé %1</translation>
    </message>
    <message>
        <source>time left: estimating…</source>
        <translation>temps restant : estimation…</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <source>Requests sent: %1</source>
        <translation>Requêtes envoyées : %1</translation>
    </message>
    <message>
        <source> of about %1 needed</source>
        <translation> sur environ %1 nécessaires</translation>
    </message>
    <message>
        <source> · budget left: %1 this hour, %2 today</source>
        <translation> · budget restant : %1 pour cette heure, %2 aujourd’hui</translation>
    </message>
    <message>
        <source>— more than is left this hour: the run will pause and go on by itself.</source>
        <translation>— plus que ce qui reste pour cette heure : l’exécution fera une pause et reprendra d’elle-même.</translation>
    </message>
    <message>
        <source>Waiting for CallRail&apos;s request limit: going on at %1.</source>
        <translation>En attente de la limite de requêtes de CallRail : reprise à %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Time taken and left</source>
        <translation>Temps écoulé et restant</translation>
    </message>
    <message>
        <source>Requests and budget</source>
        <translation>Requêtes et budget</translation>
    </message>
    <message>
        <source>Waiting for the request limit</source>
        <translation>En attente de la limite de requêtes</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Résumé de l’extraction</translation>
    </message>
    <message>
        <source>Rows fetched so far are kept; the run can be resumed with a valid key.</source>
        <translation>Les lignes récupérées jusqu’ici sont conservées ; l’extraction peut reprendre avec une clé valide.</translation>
    </message>
    <message>
        <source>Resume fetches what is missing.</source>
        <translation>Reprendre récupère ce qui manque.</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Stopped at your limit of %1 records.</source>
        <translation>Arrêté à votre limite de %1 enregistrements.</translation>
    </message>
    <message>
        <source>Checked: all %1 records CallRail reported.</source>
        <translation>Vérifié : les %1 enregistrements annoncés par CallRail.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 records CallRail reported arrived.</source>
        <translation>Seuls %1 des %2 enregistrements annoncés par CallRail sont arrivés.</translation>
    </message>
    <message>
        <source>Not available on your CallRail plan (or to this key).</source>
        <translation>Non disponible avec votre offre CallRail (ou pour cette clé).</translation>
    </message>
    <message>
        <source>CallRail is busy, retrying in %1 s</source>
        <translation>CallRail est occupé, nouvel essai dans %1 s</translation>
    </message>
    <message>
        <source>Retrying in %1 s (%2)</source>
        <translation>Nouvel essai dans %1 s (%2)</translation>
    </message>
    <message>
        <source>%1 (file %2). Ticked files are written when you save.</source>
        <translation>%1 (fichier %2). Les fichiers cochés sont écrits à l’enregistrement.</translation>
    </message>
    <message>
        <source>Stopped: %1 Rows fetched so far are kept; Resume continues.</source>
        <translation>Arrêté : %1 Les lignes récupérées sont conservées ; Reprendre continue.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) fetched are kept; Resume continues.</source>
        <translation>
            <numerusform>La %Ln ligne récupérée est conservée ; Reprendre continue.</numerusform>
            <numerusform>Les %Ln lignes récupérées sont conservées ; Reprendre continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) dropped.</source>
        <translation>
            <numerusform>%Ln doublon écarté.</numerusform>
            <numerusform>%Ln doublons écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests to CallRail that failed, retried or not. Waiting for the hourly request limit is not counted.</source>
        <translation>Requêtes à CallRail qui ont échoué, relancées ou non. L’attente de la limite horaire de requêtes n’est pas comptée.</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
</context>
<context>
    <name>callrail::RunSummary</name>
    <message>
        <source>Extraction summary</source>
        <translation>Résumé de l’extraction</translation>
    </message>
    <message>
        <source>  Total time:  %1 s</source>
        <translation>  Durée totale :       %1 s</translation>
    </message>
    <message>
        <source>  Endpoints:   %1</source>
        <translation>  Points d’accès :     %1</translation>
    </message>
    <message>
        <source>  Successful:  %1</source>
        <translation>  Réussis :            %1</translation>
    </message>
    <message>
        <source>  Failed:      %1</source>
        <translation>  Échoués :            %1</translation>
    </message>
    <message>
        <source>  Records:     %1</source>
        <translation>  Enregistrements :    %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source> (CallRail reported %1)</source>
        <translation> (CallRail en a annoncé %1)</translation>
    </message>
    <message>
        <source> (record limit reached)</source>
        <translation> (limite d’enregistrements atteinte)</translation>
    </message>
    <message>
        <source>  Stopped: %1</source>
        <translation>  Arrêté : %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>  Cancelled:   %1</source>
        <translation>  Annulées :   %1</translation>
    </message>
    <message>
        <source>Stopped after %1 s, CallRail rejected the API key:</source>
        <translation>Arrêté après %1 s, CallRail a refusé la clé d’API :</translation>
    </message>
    <message>
        <source>Cancelled after %1 s:</source>
        <translation>Annulé après %1 s :</translation>
    </message>
    <message>
        <source>Finished in %1 s:</source>
        <translation>Terminé en %1 s :</translation>
    </message>
    <message>
        <source>%1 of %2 complete</source>
        <translation>%1 sur %2 complètes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not complete</source>
        <translation>
            <numerusform>%Ln incomplète</numerusform>
            <numerusform>%Ln incomplètes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln annulée</numerusform>
            <numerusform>%Ln annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>  Workbook:    %1</source>
        <translation>  Classeur :   %1</translation>
    </message>
    <message>
        <source>  Database:    %1</source>
        <translation>  Base :       %1</translation>
    </message>
    <message>
        <source>  Failed attempts: %1 (retried or not)</source>
        <translation>  Tentatives échouées : %1 (relancées ou non)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed attempt(s)</source>
        <translation>
            <numerusform>%Ln tentative échouée</numerusform>
            <numerusform>%Ln tentatives échouées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callrail::SaveFormats</name>
    <message>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <source>JSON Lines files</source>
        <translation>Fichiers JSON Lines</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>Base de données PostgreSQL</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>callrail::SaveJob</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>callrail::ScheduleDialog</name>
    <message>
        <source>Refresh automatically</source>
        <translation>Actualiser automatiquement</translation>
    </message>
    <message>
        <source>The computer&apos;s own scheduler can refresh an export by itself (as a %1), at a time you choose, even when this window is closed. A run that fails is written in the log, and the window tells you when it next opens.</source>
        <translation>Le planificateur de l’ordinateur peut actualiser un export tout seul (comme %1), à l’heure choisie, même fenêtre fermée. Une exécution qui échoue est notée dans le journal, et la fenêtre vous le dit à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>Result of the last change</source>
        <translation>Résultat de la dernière modification</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No export yet: run and save an export first.</source>
        <translation>Pas encore d’export : lancez et enregistrez d’abord un export.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export :</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Schedule the refresh</source>
        <translation>Planifier l’actualisation</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>Scheduled refreshes of every export:</source>
        <translation>Actualisations planifiées de tous les exports :</translation>
    </message>
    <message>
        <source>Scheduled refreshes</source>
        <translation>Actualisations planifiées</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier de l’export</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected scheduled refresh</source>
        <translation>Supprimer l’actualisation planifiée sélectionnée</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
</context>
<context>
    <name>callrail::ScheduledJobs</name>
    <message>
        <source>Another change to the scheduled refreshes is still under way; try again when it has finished.</source>
        <translation>Une autre modification des actualisations planifiées est encore en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>it could not be started (%1)</source>
        <translation>il n’a pas pu être lancé (%1)</translation>
    </message>
    <message>
        <source>it did not answer within a minute</source>
        <translation>il n’a pas répondu en une minute</translation>
    </message>
    <message>
        <source>it ended with status %1</source>
        <translation>il s’est terminé avec le statut %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>il a planté</translation>
    </message>
    <message>
        <source>“%1” failed: %2.</source>
        <translation>« %1 » a échoué : %2.</translation>
    </message>
    <message>
        <source>%1, the export in %2 is refreshed (%3).</source>
        <translation>%1, l’export de %2 est actualisé (%3).</translation>
    </message>
    <message>
        <source>The job files are written in %1, but the job is not turned on: %2 To turn it on by hand, run: %3</source>
        <translation>Les fichiers de la tâche sont écrits dans %1, mais la tâche n’est pas activée : %2 Pour l’activer à la main, lancez : %3</translation>
    </message>
    <message>
        <source>Nothing was scheduled: %1</source>
        <translation>Rien n’a été planifié : %1</translation>
    </message>
    <message>
        <source>The scheduled refresh of %1 is removed.</source>
        <translation>L’actualisation planifiée de %1 est supprimée.</translation>
    </message>
    <message>
        <source>The job files of %1 are deleted, but: %2</source>
        <translation>Les fichiers de la tâche de %1 sont supprimés, mais : %2</translation>
    </message>
    <message>
        <source>The scheduled refresh was not removed: %1</source>
        <translation>L’actualisation planifiée n’a pas été supprimée : %1</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>Impossible d’écrire %1 (%2).</translation>
    </message>
    <message>
        <source>%1 could not be deleted (%2).</source>
        <translation>Impossible de supprimer %1 (%2).</translation>
    </message>
</context>
<context>
    <name>callrail::ScheduledRefreshes</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>callrail::ScheduledRunRecord</name>
    <message>
        <source>The record of scheduled runs (%1) could not be written: %2</source>
        <translation>Impossible d’écrire le registre des exécutions planifiées (%1) : %2</translation>
    </message>
    <message>
        <source>its folder could not be made</source>
        <translation>son dossier n’a pas pu être créé</translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation>un autre programme le tient</translation>
    </message>
</context>
<context>
    <name>callrail::SecretStore</name>
    <message>
        <source>No API key is saved in the system keychain.</source>
        <translation>Aucune clé d’API n’est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Nothing is saved in the system keychain under &quot;%1&quot;.</source>
        <translation>Rien n’est enregistré dans le trousseau du système sous « %1 ».</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux a Secret Service such as GNOME Keyring or KWallet must be running). The API key can be used for this session only.</source>
        <translation>Aucun trousseau système n’est disponible (sous Linux, un Secret Service tel que GNOME Keyring ou KWallet doit être lancé). La clé d’API ne peut être utilisée que pour cette session.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keychain (or allow access) and try again.</source>
        <translation>L’accès au trousseau du système a été refusé. Déverrouillez le trousseau (ou autorisez l’accès) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Le trousseau du système a signalé une erreur.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>The keychain&apos;s prompt was closed, so nothing was stored. Save again to be asked again, or use the key for this session only.</source>
        <translation>La fenêtre du trousseau a été fermée, rien n’a donc été enregistré. Enregistrez à nouveau pour qu’elle revienne, ou utilisez la clé pour cette session seulement.</translation>
    </message>
    <message>
        <source>The system keychain has no keyring to keep the key in yet (creating one was cancelled or did not finish). Save again to be offered a new keyring, or use the key for this session only.</source>
        <translation>Le trousseau du système n’a pas encore de porte-clés où conserver la clé (sa création a été annulée ou n’a pas abouti). Enregistrez à nouveau pour qu’un nouveau vous soit proposé, ou utilisez la clé pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>callrail::SelectionPanel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;ompte :</translation>
    </message>
    <message>
        <source>Endpoints to extract</source>
        <translation>Points d’accès à extraire</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
    <message>
        <source>&amp;Fields…</source>
        <translation>&amp;Champs…</translation>
    </message>
    <message>
        <source>&amp;Dates (calls, form submissions, text messages)</source>
        <translation>&amp;Dates (appels, formulaires soumis, SMS)</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>E&amp;xcel-safe</source>
        <translation>Compatible E&amp;xcel</translation>
    </message>
    <message>
        <source>Cells that start with =, +, - or @ get a leading apostrophe so that a spreadsheet does not run them as formulas (CSV only).</source>
        <translation>Les cellules qui commencent par =, +, - ou @ reçoivent une apostrophe initiale pour qu’un tableur ne les exécute pas comme des formules (CSV uniquement).</translation>
    </message>
    <message>
        <source>&amp;BOM for Excel</source>
        <translation>&amp;BOM pour Excel</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 byte order mark so that Excel reads accents correctly.</source>
        <translation>Commencer les fichiers CSV par une marque d’ordre d’octets UTF-8 pour qu’Excel lise correctement les accents.</translation>
    </message>
    <message>
        <source>The key&apos;s first account</source>
        <translation>Le premier compte de la clé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>This run needs at least %n request(s) (the exact number is known once CallRail reports the totals).</source>
        <translation>
            <numerusform>Cette exécution nécessite au moins %n requête (le nombre exact sera connu quand CallRail aura annoncé les totaux).</numerusform>
            <numerusform>Cette exécution nécessite au moins %n requêtes (le nombre exact sera connu quand CallRail aura annoncé les totaux).</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget left: %1 this hour, %2 today.</source>
        <translation>Budget restant : %1 pour cette heure, %2 aujourd’hui.</translation>
    </message>
    <message>
        <source>The run will have to wait for the next budget window.</source>
        <translation>L’exécution devra attendre la prochaine fenêtre du budget.</translation>
    </message>
    <message>
        <source>Select all data</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select no data</source>
        <translation>Ne rien sélectionner</translation>
    </message>
    <message>
        <source>Problem with the dates</source>
        <translation>Problème avec les dates</translation>
    </message>
    <message>
        <source>Add the date to saved file &amp;names (calls_2026-11-30.csv)</source>
        <translation>Ajouter la date aux &amp;noms des fichiers enregistrés (calls_2026-11-30.csv)</translation>
    </message>
    <message>
        <source>So that this week&apos;s export is saved beside last week&apos;s instead of replacing it.</source>
        <translation>Pour que l’export de cette semaine soit enregistré à côté de celui de la semaine dernière au lieu de le remplacer.</translation>
    </message>
    <message>
        <source>About phone numbers in Excel</source>
        <translation>À propos des numéros de téléphone dans Excel</translation>
    </message>
    <message>
        <source>What stops the run from starting</source>
        <translation>Ce qui empêche de lancer l’extraction</translation>
    </message>
    <message>
        <source>Requests this run needs</source>
        <translation>Requêtes nécessaires à cette extraction</translation>
    </message>
    <message>
        <source>Da&amp;ta to extract</source>
        <translation>Données à ex&amp;traire</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Refresh look-back in days</source>
        <translation>Jours relus par l’actualisation</translation>
    </message>
    <message>
        <source>A refresh re-reads calls, form submissions and text messages from this many days before the newest one it holds, to catch later edits (tags, notes, lead status). 0 reads only what is new.</source>
        <translation>Une actualisation relit appels, formulaires et SMS depuis ce nombre de jours avant le plus récent qu’elle contient, pour reprendre les modifications ultérieures (étiquettes, notes, statut du lead). 0 ne lit que le nouveau.</translation>
    </message>
    <message>
        <source>Refresh &amp;looks back:</source>
        <translation>L’actualisation &amp;relit :</translation>
    </message>
    <message>
        <source>Excel reads a phone number such as +14045550123 in a CSV file as a number and drops the +. Save as an Excel workbook instead, which keeps it as text, or open the CSV file with Data → From Text/CSV and set those columns to Text.</source>
        <translation>Excel lit un numéro comme +14045550123 dans un fichier CSV comme un nombre et enlève le +. Enregistrez plutôt en classeur Excel, qui le garde en texte, ou ouvrez le CSV avec Données → À partir d’un fichier texte/CSV et mettez ces colonnes en Texte.</translation>
    </message>
    <message>
        <source>Choose the optional fields of the selected endpoint, or how a summary is grouped, or the period of a time series.</source>
        <translation>Choisir les champs facultatifs du point sélectionné, le regroupement d’une synthèse ou la période d’une série temporelle.</translation>
    </message>
</context>
<context>
    <name>callrail::SqliteWriter</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the table %1 holds one account (its key is id alone); load several accounts into another database file.</source>
        <translation>la table %1 contient un seul compte (sa clé est l’id seul) ; chargez plusieurs comptes dans un autre fichier de base.</translation>
    </message>
    <message>
        <source>%1 has no id column to key its rows.</source>
        <translation>%1 n’a pas de colonne id pour identifier ses lignes.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1, record %2: %3</source>
        <translation>%1, enregistrement %2 : %3</translation>
    </message>
    <message>
        <source>Could not save %1 (is the disk full?): %2</source>
        <translation>Impossible d’enregistrer %1 (le disque est-il plein ?) : %2</translation>
    </message>
</context>
<context>
    <name>callrail::StagedFileModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>callrail::SystemdJobs</name>
    <message>
        <source>systemd user timer</source>
        <translation>minuterie utilisateur systemd</translation>
    </message>
</context>
<context>
    <name>callrail::TargetAccounts</name>
    <message>
        <source>This API key cannot see account %1. It can see: %2.</source>
        <translation>Cette clé d’API ne voit pas le compte %1. Elle voit : %2.</translation>
    </message>
    <message>
        <source>This key can see %1 accounts; extracting the first, %2 (%3). Choose one with --account, or all with --all-accounts.</source>
        <translation>Cette clé voit %1 comptes ; extraction du premier, %2 (%3). Choisissez-en un avec --account, ou tous avec --all-accounts.</translation>
    </message>
    <message>
        <source>This API key cannot see any account.</source>
        <translation>Cette clé d’API ne voit aucun compte.</translation>
    </message>
</context>
<context>
    <name>callrail::TaskSchedulerJobs</name>
    <message>
        <source>Task Scheduler task</source>
        <translation>tâche du Planificateur de tâches</translation>
    </message>
    <message>
        <source>Task Scheduler would replace %1 in “%2” with the value of that environment variable, and it cannot be told not to: rename the folder so that it holds no %1.</source>
        <translation>Le Planificateur de tâches remplacerait %1 dans « %2 » par la valeur de cette variable d’environnement, sans moyen de l’en empêcher : renommez le dossier pour qu’il ne contienne pas %1.</translation>
    </message>
</context>
<context>
    <name>callrail::WorkbookExport</name>
    <message>
        <source>The Excel workbook could not be written: %1 The fetched data is in the JSON Lines files.</source>
        <translation>Le classeur Excel n’a pas pu être écrit : %1 Les données récupérées sont dans les fichiers JSON Lines.</translation>
    </message>
    <message>
        <source>%1: more rows than an Excel sheet holds (%2), continued on %3.</source>
        <translation>%1 : plus de lignes qu’une feuille Excel n’en contient (%2), suite dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln cell(s) longer than Excel&apos;s %2 characters cut in the workbook (marked &quot;%3&quot;); the whole text is in %4.</source>
        <translation>
            <numerusform>%1 : %Ln cellule de plus de %2 caractères (la limite d’Excel) coupée dans le classeur (marquée « %3 ») ; le texte entier est dans %4.</numerusform>
            <numerusform>%1 : %Ln cellules de plus de %2 caractères (la limite d’Excel) coupées dans le classeur (marquées « %3 ») ; le texte entier est dans %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s) of %2 were not JSON records and are not in the workbook.</source>
        <translation>
            <numerusform>%1 : %Ln ligne de %2 n’était pas un enregistrement JSON et n’est pas dans le classeur.</numerusform>
            <numerusform>%1 : %Ln lignes de %2 n’étaient pas des enregistrements JSON et ne sont pas dans le classeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are local times as CallRail sent them, in each record&apos;s own time zone: Excel has no time zones (the JSON Lines files keep the offsets).</source>
        <translation>Les heures sont locales, telles que CallRail les a envoyées, dans le fuseau de chaque enregistrement : Excel n’a pas de fuseaux horaires (les fichiers JSON Lines gardent les décalages).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>Appels par jour</translation>
    </message>
    <message>
        <source>Excel workbook written: %1</source>
        <translation>Classeur Excel écrit : %1</translation>
    </message>
</context>
<context>
    <name>callrail::WorkbookWriter</name>
    <message>
        <source>… [cut: Excel holds at most 32,767 characters in a cell; the whole text is in the JSON Lines file]</source>
        <translation>… [coupé : Excel contient au plus 32 767 caractères par cellule ; le texte entier est dans le fichier JSON Lines]</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not start the workbook %1.</source>
        <translation>Impossible de commencer le classeur %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Local time as CallRail sent it, in the record&apos;s own time zone (Excel has no time zones; the offset is in the JSON Lines file).</source>
        <translation>Heure locale telle que CallRail l’a envoyée, dans le fuseau de l’enregistrement (Excel n’a pas de fuseaux horaires ; le décalage est dans le fichier JSON Lines).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Could not add the sheet %1 to the workbook.</source>
        <translation>Impossible d’ajouter la feuille %1 au classeur.</translation>
    </message>
    <message>
        <source>The workbook %1 was not started.</source>
        <translation>Le classeur %1 n’a pas été commencé.</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>Impossible d’écrire %1 (le disque est-il plein ?) : %2</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
</context>
<context>
    <name>callrail::cli</name>
    <message>
        <source>Extracts CallRail API v3 account data into CSV or JSON Lines files.

The API key is read from CALLRAIL_API_KEY, else from a .env file in the current folder, else from the
key the CallRail Extractor app stored in the system keychain. It is never taken from the command line.</source>
        <translation>Extrait les données de comptes de l’API v3 CallRail vers des fichiers CSV ou JSON Lines.

La clé d’API est lue dans CALLRAIL_API_KEY, sinon dans un fichier .env du dossier courant, sinon dans la
clé que l’application CallRail Extractor a enregistrée dans le trousseau du système. Elle n’est jamais lue sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Comma-separated endpoints to extract (default: all): %1.</source>
        <translation>Points d’accès à extraire, séparés par des virgules (par défaut : tous) : %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>At most N records per endpoint.</source>
        <translation>Au plus N enregistrements par point d’accès.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The account to extract (default: the key&apos;s first account).</source>
        <translation>Le compte à extraire (par défaut : le premier compte de la clé).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Extract every account the key sees.</source>
        <translation>Extraire tous les comptes visibles par la clé.</translation>
    </message>
    <message>
        <source>Print the accounts the key can see, then exit.</source>
        <translation>Afficher les comptes visibles par la clé, puis quitter.</translation>
    </message>
    <message>
        <source>First day (inclusive) for calls, form submissions and text messages.</source>
        <translation>Premier jour (inclus) pour les appels, formulaires soumis et SMS.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Last day (inclusive); default today.</source>
        <translation>Dernier jour (inclus) ; aujourd’hui par défaut.</translation>
    </message>
    <message>
        <source>A named range instead of dates: last_7_days, last_30_days (default), this_month, last_month, this_year, all_available (CallRail keeps 25 months).</source>
        <translation>Une période nommée au lieu de dates : last_7_days, last_30_days (par défaut), this_month, last_month, this_year, all_available (CallRail conserve 25 mois).</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>Time zone the dates are read in (IANA name; default: this computer&apos;s).</source>
        <translation>Fuseau horaire dans lequel les dates sont lues (nom IANA ; par défaut : celui de cet ordinateur).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>FH</translation>
    </message>
    <message>
        <source>Optional fields to request for an endpoint, e.g. calls:source,tags (repeatable).</source>
        <translation>Champs facultatifs à demander pour un point d’accès, par ex. calls:source,tags (répétable).</translation>
    </message>
    <message>
        <source>ENDPOINT:f1,f2</source>
        <translation>POINT:c1,c2</translation>
    </message>
    <message>
        <source>Output folder (default $DATA_DIR or ./data).</source>
        <translation>Dossier de sortie ($DATA_DIR ou ./data par défaut).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Do not neutralise cells that a spreadsheet would run as formulas (=, +, -, @).</source>
        <translation>Ne pas neutraliser les cellules qu’un tableur exécuterait comme des formules (=, +, -, @).</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 byte order mark (Excel).</source>
        <translation>Commencer les fichiers CSV par une marque d’ordre d’octets UTF-8 (Excel).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Continue the interrupted run in the output folder.</source>
        <translation>Poursuivre l’exécution interrompue dans le dossier de sortie.</translation>
    </message>
    <message>
        <source>Run on built-in demo data (an imitation CallRail on this computer; no key, no network).</source>
        <translation>Utiliser les données de démonstration intégrées (un CallRail fictif sur cet ordinateur ; ni clé, ni réseau).</translation>
    </message>
    <message>
        <source>DEBUG, INFO (default), WARNING or ERROR.</source>
        <translation>DEBUG, INFO (par défaut), WARNING ou ERROR.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Only warnings, errors and the summary; no progress line.</source>
        <translation>Uniquement les avertissements, les erreurs et le résumé ; pas de ligne de progression.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Options start with --; see --help.</source>
        <translation>Argument inattendu « %1 ». Les options commencent par -- ; voir --help.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use DEBUG, INFO, WARNING or ERROR.</source>
        <translation>Niveau de journal inconnu « %1 » : utilisez DEBUG, INFO, WARNING ou ERROR.</translation>
    </message>
    <message>
        <source>--endpoints needs at least one endpoint: %1.</source>
        <translation>--endpoints nécessite au moins un point d’accès : %1.</translation>
    </message>
    <message>
        <source>Use either --account or --all-accounts, not both.</source>
        <translation>Utilisez soit --account, soit --all-accounts, pas les deux.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as America/New_York or UTC.</source>
        <translation>Fuseau horaire inconnu « %1 » : utilisez un nom IANA comme America/New_York ou UTC.</translation>
    </message>
    <message>
        <source>Use either --date-range or --start-date/--end-date, not both.</source>
        <translation>Utilisez soit --date-range, soit --start-date/--end-date, pas les deux.</translation>
    </message>
    <message>
        <source>Unknown date range &quot;%1&quot;: use last_7_days, last_30_days, this_month, last_month, this_year or all_available.</source>
        <translation>Période inconnue « %1 » : utilisez last_7_days, last_30_days, this_month, last_month, this_year ou all_available.</translation>
    </message>
    <message>
        <source>--end-date needs --start-date too.</source>
        <translation>--end-date nécessite aussi --start-date.</translation>
    </message>
    <message>
        <source>--start-date must be a date written YYYY-MM-DD (got &quot;%1&quot;).</source>
        <translation>--start-date doit être une date écrite AAAA-MM-JJ (reçu « %1 »).</translation>
    </message>
    <message>
        <source>--end-date must be a date written YYYY-MM-DD (got &quot;%1&quot;).</source>
        <translation>--end-date doit être une date écrite AAAA-MM-JJ (reçu « %1 »).</translation>
    </message>
    <message>
        <source>No API key. Set CALLRAIL_API_KEY, put it in a .env file here, or store it in the CallRail Extractor app (keychain: %1). To try without a key, use --demo.</source>
        <translation>Aucune clé d’API. Définissez CALLRAIL_API_KEY, mettez-la dans un fichier .env ici ou enregistrez-la dans l’application CallRail Extractor (trousseau : %1). Pour essayer sans clé, utilisez --demo.</translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation>aucune clé enregistrée</translation>
    </message>
    <message>
        <source>The demo server could not start on 127.0.0.1.</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo data: an imitation CallRail account, not yours.</source>
        <translation>Données de démonstration : un compte CallRail fictif, pas le vôtre.</translation>
    </message>
    <message>
        <source>Try &apos;callrail-export --help&apos;.</source>
        <translation>Essayez « callrail-export --help ».</translation>
    </message>
    <message>
        <source>Records per request, %1-%2 (default %3).</source>
        <translation>Enregistrements par requête, %1-%2 (%3 par défaut).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default %1).</source>
        <translation>Requêtes simultanées en cours (%1 par défaut).</translation>
    </message>
    <message>
        <source>Retries of a failed request (default %1).</source>
        <translation>Nouvelles tentatives d’une requête échouée (%1 par défaut).</translation>
    </message>
    <message>
        <source>Seconds to wait for each request (default %1).</source>
        <translation>Secondes d’attente pour chaque requête (%1 par défaut).</translation>
    </message>
    <message>
        <source>Requests allowed per hour and account (default %1).</source>
        <translation>Requêtes autorisées par heure et par compte (%1 par défaut).</translation>
    </message>
    <message>
        <source>Requests allowed per day and account (default %1).</source>
        <translation>Requêtes autorisées par jour et par compte (%1 par défaut).</translation>
    </message>
    <message>
        <source>Length of CallRail&apos;s hourly window in seconds (default %1; a day is 24 windows).</source>
        <translation>Durée en secondes de la fenêtre horaire de CallRail (%1 par défaut ; une journée compte 24 fenêtres).</translation>
    </message>
    <message>
        <source>API address (default %1).</source>
        <translation>Adresse de l’API (%1 par défaut).</translation>
    </message>
    <message>
        <source>--budget-window must be a number of seconds from %1 to %2 (got &quot;%3&quot;).</source>
        <translation>--budget-window doit être un nombre de secondes de %1 à %2 (reçu « %3 »).</translation>
    </message>
    <message>
        <source>csv (default), jsonl, xlsx: an Excel workbook (typed cells, a sheet per endpoint), sqlite: a SQLite database (typed columns, a table per endpoint, merged on the id with earlier runs), or postgresql: the same in a PostgreSQL database (--database); all built from JSON Lines files kept beside them.</source>
        <translation>csv (par défaut), jsonl, xlsx : un classeur Excel (cellules typées, une feuille par endpoint), sqlite : une base SQLite (colonnes typées, une table par endpoint, fusionnée par id avec les exécutions précédentes), ou postgresql : la même chose dans une base PostgreSQL (--database) ; tous faits à partir de fichiers JSON Lines gardés à côté.</translation>
    </message>
    <message>
        <source>With --format postgresql: the database, as a libpq connection string or URI, e.g. &quot;host=localhost dbname=analytics user=ann&quot;. Never with a password: it comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Avec --format postgresql : la base de données, en chaîne de connexion ou URI libpq, p. ex. &quot;host=localhost dbname=analytics user=ann&quot;. Jamais avec un mot de passe : il vient de PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>With --format postgresql: the schema the tables go in (default %1).</source>
        <translation>Avec --format postgresql : le schéma où vont les tables (par défaut %1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Bring an earlier export up to date: re-read calls, form submissions and text messages from the newest one minus the look-back, re-read the other lists, and merge by id (new, updated, removed records). Its own choice of lists, fields and format is used.</source>
        <translation>Mettre à jour un export précédent : relit appels, formulaires et SMS depuis le plus récent moins le recul, relit les autres listes et fusionne par id (enregistrements nouveaux, mis à jour, supprimés). Son propre choix de listes, champs et format est utilisé.</translation>
    </message>
    <message>
        <source>Started by the system&apos;s scheduler (Refresh automatically… in the window): the outcome is recorded for the window to report.</source>
        <translation>Lancé par le planificateur du système (Actualiser automatiquement… dans la fenêtre) : le résultat est noté pour que la fenêtre le signale.</translation>
    </message>
    <message>
        <source>Days before the newest record that --refresh re-reads, for calls edited after they were exported (default %1; 0 allowed).</source>
        <translation>Jours avant l’enregistrement le plus récent que --refresh relit, pour les appels modifiés après leur export (par défaut %1 ; 0 accepté).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, jsonl, xlsx, sqlite or postgresql.</source>
        <translation>Format inconnu « %1 » : utilisez csv, jsonl, xlsx, sqlite ou postgresql.</translation>
    </message>
    <message>
        <source>--format postgresql needs --database CONNINFO, e.g. --database &quot;host=localhost dbname=analytics&quot;.</source>
        <translation>--format postgresql demande --database CONNINFO, p. ex. --database &quot;host=localhost dbname=analytics&quot;.</translation>
    </message>
    <message>
        <source>--database: %1</source>
        <translation>--database : %1</translation>
    </message>
    <message>
        <source>--database and --schema go with --format postgresql.</source>
        <translation>--database et --schema vont avec --format postgresql.</translation>
    </message>
    <message>
        <source>--look-back must be a number of days from 0 to %1 (got &quot;%2&quot;).</source>
        <translation>--look-back doit être un nombre de jours de 0 à %1 (reçu « %2 »).</translation>
    </message>
    <message>
        <source>--look-back goes with --refresh.</source>
        <translation>--look-back va avec --refresh.</translation>
    </message>
    <message>
        <source>--scheduled goes with --refresh.</source>
        <translation>--scheduled va avec --refresh.</translation>
    </message>
    <message>
        <source>--refresh uses the export&apos;s own choice; leave out --%1.</source>
        <translation>--refresh utilise le choix propre de l’export ; retirez --%1.</translation>
    </message>
    <message>
        <source>--refresh: %1 is not a folder.</source>
        <translation>--refresh : %1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Scheduled refresh of %1: %2</source>
        <translation>Actualisation planifiée de %1 : %2</translation>
    </message>
    <message>
        <source>When another run is updating the export folder, wait this long for it to end (default %1 with --scheduled, else 0: give up at once).</source>
        <translation>Quand une autre exécution met à jour le dossier d’export, attendre sa fin pendant ce temps (par défaut %1 avec --scheduled, sinon 0 : abandonner aussitôt).</translation>
    </message>
    <message>
        <source>--wait-for-lock must be a number of seconds from 0 to %1 (got &quot;%2&quot;).</source>
        <translation>--wait-for-lock doit être un nombre de secondes de 0 à %1 (reçu « %2 »).</translation>
    </message>
    <message>
        <source>--wait-for-lock goes with a run that writes into a folder, not --list-accounts.</source>
        <translation>--wait-for-lock va avec une exécution qui écrit dans un dossier, pas avec --list-accounts.</translation>
    </message>
    <message numerus="yes">
        <source>%1; waiting up to %Ln s for it to end.</source>
        <translation>
            <numerusform>%1 ; attente de sa fin pendant %Ln s au plus.</numerusform>
            <numerusform>%1 ; attente de sa fin pendant %Ln s au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1: %2</source>
        <translation>pour %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (default %3)</source>
        <translation>%1 : %2 (par défaut %3)</translation>
    </message>
    <message>
        <source>How a summary groups its counts, e.g. calls_summary:source,campaign (repeatable; default %1).</source>
        <translation>Comment une synthèse regroupe ses comptes, p. ex. calls_summary:source,campaign (répétable ; par défaut %1).</translation>
    </message>
    <message>
        <source>ENDPOINT:g1,g2</source>
        <translation>POINT:g1,g2</translation>
    </message>
    <message>
        <source>The period of a time series, %1.</source>
        <translation>La période d’une série temporelle, %1.</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALLE</translation>
    </message>
    <message>
        <source>--%1 takes ENDPOINT:name1,name2 (got &quot;%2&quot;).</source>
        <translation>--%1 attend POINT:nom1,nom2 (reçu « %2 »).</translation>
    </message>
    <message>
        <source>Unknown endpoint &quot;%1&quot; in --%2. Known endpoints: %3.</source>
        <translation>Point inconnu « %1 » dans --%2. Points connus : %3.</translation>
    </message>
    <message>
        <source>--%1 names %2, which is not among the endpoints being extracted.</source>
        <translation>--%1 nomme %2, qui n’est pas parmi les points extraits.</translation>
    </message>
    <message>
        <source>--group-by %1 names no grouping.</source>
        <translation>--group-by %1 ne nomme aucun regroupement.</translation>
    </message>
    <message>
        <source>--interval goes with a time series (%1), which is not among the endpoints being extracted.</source>
        <translation>--interval va avec une série temporelle (%1), qui n’est pas parmi les points extraits.</translation>
    </message>
</context>
<context>
    <name>callrail::systemd</name>
    <message>
        <source>systemd cannot start a program whose path holds a quote or a backslash (%1); move callrail-export to another folder.</source>
        <translation>systemd ne peut pas lancer un programme dont le chemin contient un guillemet ou une barre oblique inverse (%1) ; déplacez callrail-export dans un autre dossier.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Extract CallRail API v3 data into CSV and JSON Lines files.</source>
        <translation>Extraire les données de l’API v3 CallRail vers des fichiers CSV et JSON Lines.</translation>
    </message>
    <message>
        <source>Start on the built-in demo data.</source>
        <translation>Démarrer sur les données de démonstration intégrées.</translation>
    </message>
    <message>
        <source>Run a demo extraction, grab the window to FILE and exit.</source>
        <translation>Lancer une extraction de démonstration, capturer la fenêtre dans FILE et quitter.</translation>
    </message>
    <message>
        <source>Start on the built-in demo data when no API key is stored.</source>
        <translation>Démarrer sur les données de démonstration intégrées quand aucune clé d’API n’est enregistrée.</translation>
    </message>
</context>
</TS>
