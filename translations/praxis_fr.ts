<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Choice</name>
    <message>
        <source>UN entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>E-course</source>
        <translation>Cours en ligne</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Virtual dialogue</source>
        <translation>Dialogue virtuel</translation>
    </message>
    <message>
        <source>Meeting session</source>
        <translation>Session de réunion</translation>
    </message>
    <message>
        <source>Mail list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Tools and activities</source>
        <translation>Outils et activités</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Texte long</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Universitaire</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Boîte à outils</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Document à distribuer</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Programme de formation</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Introductory</source>
        <translation>Initiation</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interactif</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Catalogued</source>
        <translation>Catalogué</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur·e</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur·rice</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur·rice</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur·rice</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Organisme de mise en œuvre</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·e·s</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur·rice</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitateur·rice</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur·e</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Smart</source>
        <translation>Intelligente</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>About</source>
        <translation>À propos de</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Affiliation (as written)</source>
        <translation>Affiliation (telle qu’écrite)</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Joint à</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur·e</translation>
    </message>
    <message>
        <source>Author (as written)</source>
        <translation>Auteur·e (tel qu’écrit)</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coded at</source>
        <translation>Codé le</translation>
    </message>
    <message>
        <source>Coded text</source>
        <translation>Texte codé</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur·se</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Concept note</source>
        <translation>Note conceptuelle</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Criteria framework</source>
        <translation>Cadre de critères</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Notes de suivi</translation>
    </message>
    <message>
        <source>For records of type</source>
        <translation>Pour les fiches de type</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (as written)</source>
        <translation>Nom (tel qu’écrit)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>Code parent</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Étiquette parente</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Texte cité</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Representing</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Organisation responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Recherche enregistrée</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Under item</source>
        <translation>Sous le point</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Venue or platform</source>
        <translation>Lieu ou plateforme</translation>
    </message>
    <message>
        <source>Webinar session</source>
        <translation>Session du webinaire</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Materials</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Tags &amp; Collections</source>
        <translation>Étiquettes et collections</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Criteria frameworks</source>
        <translation>Cadres de critères</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no creation entry in the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trash state differs from the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sample mark differs from the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field “%2” differs from the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is in the change log but missing from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected yes or no (true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (use YYYY-MM-DDTHH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, like [&quot;en&quot;, &quot;es&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of the list must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Praxis library (it is not a database file). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; a Praxis library is a folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at %1 (no %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and holds no Praxis library. Choose an empty folder or an existing library. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2). Nothing was changed; restore a copy from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 cannot be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not a Praxis library. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Praxis (library format %2; this version reads up to %3). Nothing was changed; update Praxis to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 could not be switched to write-ahead logging (the file system said “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite cannot enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 in the library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was not updated because a backup could not be made first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference: row %1 of %2 refers to a missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema script %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the library to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 cannot be a part of a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field “%2” names %3, but no earlier record has that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key “%2” is empty or used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “parts” must be an object of part type → list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: parts “%2” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: part %2 of “%3” is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“records” must be a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 does not say its “type”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not say its “type”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record says it is a “%1”, not a “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a record type. Known types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field “%2”: no record has the id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field “%2” must refer to a %3, but %4 is a %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no field “%2”. Its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field “%2” is required and cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs a value for “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 has an unknown type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is listed but its %2 data is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be sorted by “%2”: it has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts need a parent record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is a %2, not a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample library is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample library could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing was stopped; %1 records remain queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of record; kinds are: %2 (at character %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no filter or custom field called “%1:”. Filters: %2 (at character %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter “%1:” needs a value, like %1:something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year or a range of years (use 2010, 2010..2016, 2010.. or ..2016)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years %1..%2 are the wrong way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week: takes a week number, like week:2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has: takes “attachment”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title: needs a word to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs a word before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A * must follow the start of a word, like train*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word after OR cannot be excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs a word after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a word or a filter to search for: “-word” only leaves things out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library in use (%1) has no FTS5 full-text search, which Praxis needs. Install an SQLite built with FTS5 (Debian&apos;s libsqlite3-0 has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search tokenizer could not be registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Author or editor</source>
        <translation>Auteur·e ou éditeur·rice</translation>
    </message>
    <message>
        <source>Authors and editors</source>
        <translation>Auteur·e·s et éditeur·rice·s</translation>
    </message>
    <message>
        <source>Organisation of a material</source>
        <translation>Organisation d’un support</translation>
    </message>
    <message>
        <source>Criteria framework</source>
        <translation>Cadre de critères</translation>
    </message>
    <message>
        <source>Criteria frameworks</source>
        <translation>Cadres de critères</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Organisation of a case</source>
        <translation>Organisation d’un cas</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Criterion assessment</source>
        <translation>Évaluation d’un critère</translation>
    </message>
    <message>
        <source>Criteria assessment</source>
        <translation>Évaluation des critères</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Phases and weeks</source>
        <translation>Phases et semaines</translation>
    </message>
    <message>
        <source>Key question</source>
        <translation>Question clé</translation>
    </message>
    <message>
        <source>Key questions</source>
        <translation>Questions clés</translation>
    </message>
    <message>
        <source>Webinar session</source>
        <translation>Session de webinaire</translation>
    </message>
    <message>
        <source>Webinar sessions</source>
        <translation>Webinaires</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Fils</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Étiquetage</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Étiquetages</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Collection entry</source>
        <translation>Entrée de collection</translation>
    </message>
    <message>
        <source>Collection entries</source>
        <translation>Entrées de collection</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation>Valeur de champ personnalisé</translation>
    </message>
    <message>
        <source>Custom field values</source>
        <translation>Valeurs de champs personnalisés</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Material</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Contient</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>Afrique du Nord</translation>
    </message>
    <message>
        <source>Sub-Saharan Africa</source>
        <translation>Afrique subsaharienne</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>Amérique septentrionale</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Asie centrale</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>Asie orientale</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>Asie du Sud-Est</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>Asie du Sud</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>Asie occidentale</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Europe orientale</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>Europe septentrionale</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>Europe méridionale</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>Europe occidentale</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Knowledge base for communities of practice in training for gender equality</source>
        <translation>Base de connaissances pour les communautés de pratique en formation à l’égalité des sexes</translation>
    </message>
    <message>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>Ouvrir la bibliothèque du dossier &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Start in &lt;section&gt; (materials, dialogues, …).</source>
        <translation>Démarrer dans &lt;section&gt; (materials, dialogues, …).</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;file&gt; une fois affichée, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Praxis cannot open the library</source>
        <translation>Praxis ne peut pas ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Open the record with this &lt;id&gt;.</source>
        <translation>Ouvrir la fiche portant cet &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start with a search for &lt;query&gt;.</source>
        <translation>Démarrer par une recherche de &lt;query&gt;.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
</context>
<context>
    <name>praxis-cli</name>
    <message>
        <source>No JSON given: pass it with --json or on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::app::LibrarySession</name>
    <message>
        <source>this build of Praxis has no sample library.</source>
        <translation>cette version de Praxis ne contient pas la bibliothèque d’exemple.</translation>
    </message>
    <message>
        <source>Sample library</source>
        <translation>Bibliothèque d’exemple</translation>
    </message>
    <message>
        <source>The sample records could not be added: %1</source>
        <translation>Les fiches d’exemple n’ont pas pu être ajoutées : %1</translation>
    </message>
    <message>
        <source>Created a new, empty library in %1</source>
        <translation>Nouvelle bibliothèque vide créée dans %1</translation>
    </message>
    <message>
        <source>Praxis cannot open the library</source>
        <translation>Praxis ne peut pas ouvrir la bibliothèque</translation>
    </message>
</context>
<context>
    <name>praxis::ui::AboutDialog</name>
    <message>
        <source>Praxis %1
Qt %2 (built with %3)
SQLite %4 (full-text search: %5)
Markdown highlighting: %6</source>
        <translation>Praxis %1
Qt %2 (compilé avec %3)
SQLite %4 (recherche plein texte : %5)
Coloration Markdown : %6</translation>
    </message>
    <message>
        <source>FTS5</source>
        <translation>FTS5</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>About Praxis</source>
        <translation>À propos de Praxis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Praxis&lt;/h2&gt;&lt;p&gt;A knowledge base for communities of practice in training for gender equality: training materials, good-practice cases and their coding, and the archives of dialogues and meetings.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Praxis&lt;/h2&gt;&lt;p&gt;Une base de connaissances pour les communautés de pratique en formation à l’égalité des sexes : supports de formation, cas de bonnes pratiques et leur codage, et archives des dialogues et des réunions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre sous la Licence publique générale GNU (GNU General Public License), version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>praxis::ui::FieldEditor</name>
    <message>
        <source>Type to find…</source>
        <translation>Tapez pour chercher…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM, e.g. 2016-09-06T09:00-04:00</source>
        <translation>AAAA-MM-JJTHH:MM, p. ex. 2016-09-06T09:00-04:00</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>Codes separated by commas, e.g. en, es, fr</source>
        <translation>Codes séparés par des virgules, p. ex. en, es, fr</translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation>Séparez les entrées par des virgules</translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1 (dans la corbeille)</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # heading, - list</source>
        <translation>Markdown : **gras**, *italique*, # titre, - liste</translation>
    </message>
    <message>
        <source>From %1 to %2; leave empty when unknown</source>
        <translation>De %1 à %2 ; laissez vide si inconnu</translation>
    </message>
    <message>
        <source>A whole number; leave empty when unknown</source>
        <translation>Un nombre entier ; laissez vide si inconnu</translation>
    </message>
    <message>
        <source>Codes separated by commas, e.g. BO, GT, MX</source>
        <translation>Codes séparés par des virgules, p. ex. BO, GT, MX</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2016, 2016-09 or 2016-09-06.</source>
        <translation>« %1 » n’est pas une date : écrivez 2016, 2016-09 ou 2016-09-06.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time: write 2016-09-06T09:00, with the time zone if known.</source>
        <translation>« %1 » n’est pas une date et heure : écrivez 2016-09-06T09:00, avec le fuseau horaire s’il est connu.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: it starts with https:// or similar.</source>
        <translation>« %1 » n’est pas une adresse web : elle commence par https:// ou équivalent.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>No record is called “%1”: choose one from the list.</source>
        <translation>Aucune fiche ne s’appelle « %1 » : choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>praxis::ui::MainWindow</name>
    <message>
        <source>Praxis — %1</source>
        <translation>Praxis — %1</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Remove Sample &amp;Data…</source>
        <translation>Retirer les données d’&amp;exemple…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Delete &amp;Permanently…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>&amp;About Praxis</source>
        <translation>À &amp;propos de Praxis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>The record you were editing could not be saved; your changes are still in the form.</source>
        <translation>La fiche en cours de modification n’a pas pu être enregistrée ; vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>Choose a section first: new records go into the section shown.</source>
        <translation>Choisissez d’abord une section : les nouvelles fiches sont créées dans la section affichée.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>La sauvegarde programmée a échoué : %1</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>Ouvrir ou créer une bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>%n fiche dans la corbeille</numerusform>
            <numerusform>%n fiches dans la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to the record you are editing?</source>
        <translation>Enregistrer les modifications de la fiche en cours ?</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F): words, &quot;phrases&quot;, -not, prefix*, lang:es, year:2010..2016</source>
        <translation>Tout rechercher (Ctrl+F) : mots, &quot;expressions&quot;, -exclure, préfixe*, lang:fr, year:2010..2016</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Indexing for search… %1 of %2</source>
        <translation>Indexation pour la recherche… %1 sur %2</translation>
    </message>
    <message>
        <source>Search index up to date</source>
        <translation>Index de recherche à jour</translation>
    </message>
    <message>
        <source>Save search “%1”</source>
        <translation>Enregistrer la recherche « %1 »</translation>
    </message>
    <message>
        <source>Saved “%1” as a smart collection; double-click it under Collections to run it again.</source>
        <translation>« %1 » a été enregistrée comme collection intelligente ; double-cliquez dessus dans Collections pour la relancer.</translation>
    </message>
    <message>
        <source>The folder of this library</source>
        <translation>Le dossier de cette bibliothèque</translation>
    </message>
    <message>
        <source>Scheduled backup written to %1</source>
        <translation>Sauvegarde programmée écrite dans %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>No %1 yet. File ▸ New Record (%2) adds one.</source>
        <translation>Pas encore de %1. Fichier ▸ Nouvelle fiche (%2) en ajoute une.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
</context>
<context>
    <name>praxis::ui::PartsPanel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Move the selected %1 to the trash</source>
        <translation>Mettre l’élément sélectionné (%1) à la corbeille</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mettre « %1 » à la corbeille</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>Réordonner : %1</translation>
    </message>
</context>
<context>
    <name>praxis::ui::RecordActions</name>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mettre « %1 » à la corbeille</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Undo brings it back.</source>
        <translation>« %1 » a été mis à la corbeille. Annuler le récupère.</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete “%1” and its parts for good? This cannot be undone.</source>
        <translation>Supprimer définitivement « %1 » et ses parties ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Retirer les données d’exemple</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n sample record(s) for good? Your own records stay.</source>
        <translation>
            <numerusform>Retirer définitivement %n fiche d’exemple ? Vos propres fiches sont conservées.</numerusform>
            <numerusform>Retirer définitivement les %n fiches d’exemple ? Vos propres fiches sont conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>%n fiche d’exemple retirée.</numerusform>
            <numerusform>%n fiches d’exemple retirées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::RecordForm</name>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Select a record to see and edit it.</source>
        <translation>Sélectionnez une fiche pour la voir et la modifier.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouvelle fiche : %1</translation>
    </message>
    <message>
        <source>This record is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Cette fiche est dans la corbeille. Restaurez-la depuis la Corbeille pour la modifier.</translation>
    </message>
    <message>
        <source>Part of the sample library. File ▸ Remove sample data takes all sample records out.</source>
        <translation>Fait partie de la bibliothèque d’exemple. Fichier ▸ Retirer les données d’exemple retire toutes les fiches d’exemple.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
</context>
<context>
    <name>praxis::ui::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Part of the sample library</source>
        <translation>Fait partie de la bibliothèque d’exemple</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Mis à la corbeille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>praxis::ui::SearchController</name>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Recherche de « %1 »…</translation>
    </message>
</context>
<context>
    <name>praxis::ui::SearchPanel</name>
    <message>
        <source>Save as Collection</source>
        <translation>Enregistrer comme collection</translation>
    </message>
    <message>
        <source>Keep this search as a smart collection that always shows its current results</source>
        <translation>Conserver cette recherche comme collection intelligente qui affiche toujours ses résultats actuels</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>More than %1 records match “%2”; the best of the newest %1 are shown first.</source>
        <translation>Plus de %1 fiches correspondent à « %2 » ; les meilleures des %1 plus récentes sont affichées en premier.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match “%1”.</source>
        <translation>
            <numerusform>%n fiche correspond à « %1 ».</numerusform>
            <numerusform>%n fiches correspondent à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the search</source>
        <translation>Ajouter %1 à la recherche</translation>
    </message>
</context>
<context>
    <name>praxis::ui::SectionTable</name>
    <message>
        <source>Records moved to the trash stay here, with their parts, until you delete them permanently.</source>
        <translation>Les fiches mises à la corbeille restent ici, avec leurs parties, jusqu’à ce que vous les supprimiez définitivement.</translation>
    </message>
</context>
</TS>
