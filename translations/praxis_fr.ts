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
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>(leave out)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Authors (people)</source>
        <translation>Auteur·e·s (personnes)</translation>
    </message>
    <message>
        <source>Editors (people)</source>
        <translation>Éditeur·rice·s (personnes)</translation>
    </message>
    <message>
        <source>Publishers (organisations)</source>
        <translation>Éditeurs (organisations)</translation>
    </message>
    <message>
        <source>Producers (organisations)</source>
        <translation>Producteurs (organisations)</translation>
    </message>
    <message>
        <source>Funders (organisations)</source>
        <translation>Financeurs (organisations)</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Champ personnalisé : %1</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
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
        <translation>Impossible de faire une sauvegarde pendant une modification en cours.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>La sauvegarde n’a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>La sauvegarde n’a pas pu être enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2</source>
        <translation>Impossible de lire la fiche %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no creation entry in the change log</source>
        <translation>%1 n’a pas d’entrée de création dans le journal des modifications</translation>
    </message>
    <message>
        <source>%1: trash state differs from the change log</source>
        <translation>%1 : l’état de corbeille diffère du journal des modifications</translation>
    </message>
    <message>
        <source>%1: sample mark differs from the change log</source>
        <translation>%1 : la marque d’exemple diffère du journal des modifications</translation>
    </message>
    <message>
        <source>%1: unknown record type</source>
        <translation>%1 : type de fiche inconnu</translation>
    </message>
    <message>
        <source>%1: field “%2” differs from the change log</source>
        <translation>%1 : le champ « %2 » diffère du journal des modifications</translation>
    </message>
    <message>
        <source>Record %1 is in the change log but missing from the library</source>
        <translation>La fiche %1 figure dans le journal des modifications mais est absente de la bibliothèque</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 field “%2”</source>
        <translation>Champ « %2 » de %1</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected yes or no (true/false)</source>
        <translation>oui ou non attendu (true/false)</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>liste de textes attendue</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>“%1” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date (utilisez AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (use YYYY-MM-DDTHH:MM)</source>
        <translation>« %1 » n’est pas une date et heure (utilisez AAAA-MM-JJTHH:MM)</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>« %1 » n’est pas une adresse web</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>« %1 » n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>« %1 » ne fait pas partie de : %2</translation>
    </message>
    <message>
        <source>“%1” is not a record id</source>
        <translation>« %1 » n’est pas un identifiant de fiche</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a list, like [&quot;en&quot;, &quot;es&quot;]</source>
        <translation>liste attendue, par exemple [&quot;en&quot;, &quot;es&quot;]</translation>
    </message>
    <message>
        <source>every entry of the list must be text</source>
        <translation>chaque élément de la liste doit être du texte</translation>
    </message>
    <message>
        <source>%1 is not a Praxis library (it is not a database file). Nothing was changed.</source>
        <translation>%1 n’est pas une bibliothèque Praxis (ce n’est pas un fichier de base de données). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is a file; a Praxis library is a folder. Nothing was changed.</source>
        <translation>%1 est un fichier ; une bibliothèque Praxis est un dossier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>Il n’y a pas de bibliothèque dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>Impossible de créer le dossier de bibliothèque %1.</translation>
    </message>
    <message>
        <source>There is no library at %1 (no %2).</source>
        <translation>Il n’y a pas de bibliothèque dans %1 (%2 est introuvable).</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no Praxis library. Choose an empty folder or an existing library. Nothing was changed.</source>
        <translation>Le dossier %1 n’est pas vide et ne contient pas de bibliothèque Praxis. Choisissez un dossier vide ou une bibliothèque existante. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The library %1 cannot be read. Nothing was changed.</source>
        <translation>La bibliothèque %1 est illisible. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Praxis library. Nothing was changed.</source>
        <translation>%1 est une base de données, mais pas une bibliothèque Praxis. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Praxis (library format %2; this version reads up to %3). Nothing was changed; update Praxis to open it.</source>
        <translation>La bibliothèque %1 a été écrite par une version plus récente de Praxis (format de bibliothèque %2 ; cette version lit jusqu’au format %3). Rien n’a été modifié ; mettez Praxis à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The library %1 could not be switched to write-ahead logging (the file system said “%2”).</source>
        <translation>La bibliothèque %1 n’a pas pu passer en mode de journalisation anticipée WAL (le système de fichiers a répondu « %2 »).</translation>
    </message>
    <message>
        <source>This SQLite cannot enforce foreign keys.</source>
        <translation>Cette version de SQLite ne peut pas appliquer les clés étrangères.</translation>
    </message>
    <message>
        <source>Cannot create %1 in the library folder.</source>
        <translation>Impossible de créer %1 dans le dossier de la bibliothèque.</translation>
    </message>
    <message>
        <source>The library was not updated because a backup could not be made first: %1</source>
        <translation>La bibliothèque n’a pas été mise à jour, car aucune sauvegarde préalable n’a pu être faite : %1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>La vérification d’intégrité n’a pas pu être effectuée : %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Broken reference: row %1 of %2 refers to a missing %3</source>
        <translation>Référence rompue : la ligne %1 de %2 renvoie à un élément manquant de %3</translation>
    </message>
    <message>
        <source>Schema script %1 is missing from this build.</source>
        <translation>Le script de schéma %1 est absent de cette version.</translation>
    </message>
    <message>
        <source>Updating the library to schema %1 failed: %2</source>
        <translation>La mise à jour de la bibliothèque vers le schéma %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record type.</source>
        <translation>%1 : « %2 » n’est pas un type de fiche.</translation>
    </message>
    <message>
        <source>%1: a %2 cannot be a part of a %3.</source>
        <translation>%1 : une fiche de type %2 ne peut pas faire partie d’une fiche de type %3.</translation>
    </message>
    <message>
        <source>%1: field “%2” names %3, but no earlier record has that key.</source>
        <translation>%1 : le champ « %2 » désigne %3, mais aucune fiche précédente n’a cette clé.</translation>
    </message>
    <message>
        <source>%1: the key “%2” is empty or used twice.</source>
        <translation>%1 : la clé « %2 » est vide ou utilisée deux fois.</translation>
    </message>
    <message>
        <source>%1: “parts” must be an object of part type → list.</source>
        <translation>%1 : « parts » doit être un objet type de partie → liste.</translation>
    </message>
    <message>
        <source>%1: parts “%2” must be a list.</source>
        <translation>%1 : les parties « %2 » doivent être une liste.</translation>
    </message>
    <message>
        <source>%1: part %2 of “%3” is not an object.</source>
        <translation>%1 : la partie %2 de « %3 » n’est pas un objet.</translation>
    </message>
    <message>
        <source>“records” must be a list of records.</source>
        <translation>« records » doit être une liste de fiches.</translation>
    </message>
    <message>
        <source>Record %1 is not a JSON object.</source>
        <translation>La fiche %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Record %1 does not say its “type”.</source>
        <translation>La fiche %1 n’indique pas son « type ».</translation>
    </message>
    <message>
        <source>Record %1 (%2)</source>
        <translation>Fiche %1 (%2)</translation>
    </message>
    <message>
        <source>The record does not say its “type”.</source>
        <translation>La fiche n’indique pas son « type ».</translation>
    </message>
    <message>
        <source>The record says it is a “%1”, not a “%2”.</source>
        <translation>La fiche indique qu’elle est de type « %1 », et non « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is not a record type. Known types: %2.</source>
        <translation>« %1 » n’est pas un type de fiche. Types connus : %2.</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>Aucune fiche ne porte l’identifiant %1.</translation>
    </message>
    <message>
        <source>%1 field “%2”: no record has the id %3.</source>
        <translation>Champ « %2 » de %1 : aucune fiche ne porte l’identifiant %3.</translation>
    </message>
    <message>
        <source>%1 field “%2” must refer to a %3, but %4 is a %5.</source>
        <translation>Le champ « %2 » de %1 doit renvoyer à une fiche de type %3, mais %4 est de type %5.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>A %1 has no field “%2”. Its fields are: %3.</source>
        <translation>Les fiches de type %1 n’ont pas de champ « %2 ». Leurs champs sont : %3.</translation>
    </message>
    <message>
        <source>%1 field “%2” is required and cannot be empty.</source>
        <translation>Le champ « %2 » de %1 est obligatoire et ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A %1 needs a value for “%2” (%3).</source>
        <translation>Une fiche de type %1 doit avoir une valeur pour « %2 » (%3).</translation>
    </message>
    <message>
        <source>“%1” is not a valid record id.</source>
        <translation>« %1 » n’est pas un identifiant de fiche valide.</translation>
    </message>
    <message>
        <source>A record with the id %1 already exists.</source>
        <translation>Une fiche portant l’identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>Record %1 has an unknown type “%2”.</source>
        <translation>La fiche %1 a un type inconnu : « %2 ».</translation>
    </message>
    <message>
        <source>Record %1 is listed but its %2 data is missing.</source>
        <translation>La fiche %1 est répertoriée, mais ses données de type %2 sont manquantes.</translation>
    </message>
    <message>
        <source>A %1 cannot be sorted by “%2”: it has no such field.</source>
        <translation>Les fiches de type %1 ne peuvent pas être triées par « %2 » : elles n’ont pas ce champ.</translation>
    </message>
    <message>
        <source>Parts need a parent record.</source>
        <translation>Les parties doivent avoir une fiche parente.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Record %1 is a %2, not a %3.</source>
        <translation>La fiche %1 est de type %2, et non %3.</translation>
    </message>
    <message>
        <source>The sample library is not valid JSON: %1 (at byte %2).</source>
        <translation>La bibliothèque d’exemple n’est pas un JSON valide : %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>The sample library could not be loaded: %1</source>
        <translation>La bibliothèque d’exemple n’a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recommandation %1</translation>
    </message>
    <message>
        <source>The search index %1 cannot be created: %2</source>
        <translation>Impossible de créer l’index de recherche %1 : %2</translation>
    </message>
    <message>
        <source>The search index %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir l’index de recherche %1 : %2</translation>
    </message>
    <message>
        <source>The search index could not be created: %1</source>
        <translation>L’index de recherche n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Indexing was stopped; %1 records remain queued.</source>
        <translation>L’indexation a été arrêtée ; %1 fiches restent en attente.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of record; kinds are: %2 (at character %3)</source>
        <translation>« %1 » n’est pas un genre de fiche ; les genres sont : %2 (au caractère %3)</translation>
    </message>
    <message>
        <source>There is no filter or custom field called “%1:”. Filters: %2 (at character %3)</source>
        <translation>Il n’y a aucun filtre ni champ personnalisé nommé « %1: ». Filtres : %2 (au caractère %3)</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>La recherche n’a pas pu être effectuée : %1</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (au caractère %2)</translation>
    </message>
    <message>
        <source>The search is too long: %1 characters, at most %2.</source>
        <translation>La recherche est trop longue : %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>The quote is not closed</source>
        <translation>Les guillemets ne sont pas fermés</translation>
    </message>
    <message>
        <source>The filter “%1:” needs a value, like %1:something</source>
        <translation>Le filtre « %1: » a besoin d’une valeur, par exemple %1:valeur</translation>
    </message>
    <message>
        <source>“%1” is not a year or a range of years (use 2010, 2010..2016, 2010.. or ..2016)</source>
        <translation>« %1 » n’est ni une année ni une plage d’années (utilisez 2010, 2010..2016, 2010.. ou ..2016)</translation>
    </message>
    <message>
        <source>The years %1..%2 are the wrong way round</source>
        <translation>Les années %1..%2 sont dans le mauvais ordre</translation>
    </message>
    <message>
        <source>week: takes a week number, like week:2</source>
        <translation>week: attend un numéro de semaine, par exemple week:2</translation>
    </message>
    <message>
        <source>has: takes “attachment”</source>
        <translation>has: accepte « attachment »</translation>
    </message>
    <message>
        <source>title: needs a word to look for</source>
        <translation>title: a besoin d’un mot à rechercher</translation>
    </message>
    <message>
        <source>OR needs a word before it</source>
        <translation>OR doit être précédé d’un mot</translation>
    </message>
    <message>
        <source>A * must follow the start of a word, like train*</source>
        <translation>Un * doit suivre le début d’un mot, par exemple form*</translation>
    </message>
    <message>
        <source>A word after OR cannot be excluded</source>
        <translation>Un mot placé après OR ne peut pas être exclu</translation>
    </message>
    <message>
        <source>OR needs a word after it</source>
        <translation>OR doit être suivi d’un mot</translation>
    </message>
    <message>
        <source>Add a word or a filter to search for: “-word” only leaves things out.</source>
        <translation>Ajoutez un mot ou un filtre à rechercher : « -mot » ne fait qu’exclure des résultats.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Tapez un mot à rechercher.</translation>
    </message>
    <message>
        <source>The SQLite library in use (%1) has no FTS5 full-text search, which Praxis needs. Install an SQLite built with FTS5 (Debian&apos;s libsqlite3-0 has it).</source>
        <translation>La bibliothèque SQLite utilisée (%1) ne dispose pas de la recherche plein texte FTS5, nécessaire à Praxis. Installez une version de SQLite compilée avec FTS5 (le paquet libsqlite3-0 de Debian l’inclut).</translation>
    </message>
    <message>
        <source>The search tokenizer could not be registered.</source>
        <translation>Le tokeniseur de recherche n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>This build of Praxis does not read the text of PDF files.</source>
        <translation>Cette version de Praxis ne lit pas le texte des fichiers PDF.</translation>
    </message>
    <message>
        <source>Praxis does not read the text of files of type %1.</source>
        <translation>Praxis ne lit pas le texte des fichiers de type %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Praxis does not read the text of .%1 files.</source>
        <translation>Praxis ne lit pas le texte des fichiers .%1.</translation>
    </message>
    <message>
        <source>The file holds binary data, not a web page.</source>
        <translation>Le fichier contient des données binaires, pas une page web.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier est illisible.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the file.</source>
        <translation>La mémoire est insuffisante pour ouvrir le fichier.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete: it is not a readable zip archive.</source>
        <translation>Le fichier est endommagé ou incomplet : ce n’est pas une archive zip lisible.</translation>
    </message>
    <message>
        <source>The file unpacks to more than %1 MB; it was not read, to keep the library safe from archives made to fill the memory.</source>
        <translation>Une fois décompressé, le fichier dépasse %1 Mo ; il n’a pas été lu, pour protéger la bibliothèque des archives conçues pour saturer la mémoire.</translation>
    </message>
    <message>
        <source>The file is protected by a password; its text cannot be read.</source>
        <translation>Le fichier est protégé par un mot de passe ; son texte ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file is damaged: part of it cannot be unpacked.</source>
        <translation>Le fichier est endommagé : une partie ne peut pas être décompressée.</translation>
    </message>
    <message>
        <source>The file is damaged: its text is not well-formed XML (%1, line %2).</source>
        <translation>Le fichier est endommagé : son texte n’est pas du XML bien formé (%1, ligne %2).</translation>
    </message>
    <message>
        <source>This is not %1: the archive has no %2.</source>
        <translation>Ce n’est pas %1 : l’archive ne contient pas %2.</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un document Word</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>un texte OpenDocument</translation>
    </message>
    <message>
        <source>The PDF is damaged or is not a PDF file; its text cannot be read.</source>
        <translation>Le PDF est endommagé ou n’est pas un fichier PDF ; son texte ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; its text cannot be read.</source>
        <translation>Le PDF est protégé par un mot de passe ; son texte ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation>Le PDF n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>Le PDF n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>Le fichier contient des données binaires, pas du texte.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The attachments folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier des pièces jointes %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. No file was attached.</source>
        <translation>Impossible de lire %1 : %2. Aucun fichier n’a été joint.</translation>
    </message>
    <message>
        <source>The attachments folder cannot be written: %1. No file was attached.</source>
        <translation>Impossible d’écrire dans le dossier des pièces jointes : %1. Aucun fichier n’a été joint.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the library (is the disk full?): %2. No file was attached.</source>
        <translation>%1 n’a pas pu être copié dans la bibliothèque (le disque est-il plein ?) : %2. Aucun fichier n’a été joint.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the library: %2. No file was attached.</source>
        <translation>%1 n’a pas pu être copié dans la bibliothèque : %2. Aucun fichier n’a été joint.</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2. No file was attached.</source>
        <translation>%1 n’a pas pu être stocké : %2. Aucun fichier n’a été joint.</translation>
    </message>
    <message>
        <source>No file was attached.</source>
        <translation>Aucun fichier n’a été joint.</translation>
    </message>
    <message>
        <source>This attachment is a link, not a file.</source>
        <translation>Cette pièce jointe est un lien, pas un fichier.</translation>
    </message>
    <message>
        <source>The file of “%1” is missing from the library&apos;s attachments folder.</source>
        <translation>Le fichier de « %1 » est absent du dossier des pièces jointes de la bibliothèque.</translation>
    </message>
    <message>
        <source>A copy of %1 could not be made for opening.</source>
        <translation>Impossible de faire une copie de %1 pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 could not be written into %2.</source>
        <translation>%1 n’a pas pu être écrit dans %2.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <source>%1: the file is missing.</source>
        <translation>%1 : le fichier est manquant.</translation>
    </message>
    <message>
        <source>%1: the file has changed since it was added (its contents no longer match).</source>
        <translation>%1 : le fichier a changé depuis son ajout (son contenu ne correspond plus).</translation>
    </message>
    <message>
        <source>This program cannot read the text of attached files.</source>
        <translation>Ce programme ne peut pas lire le texte des fichiers joints.</translation>
    </message>
    <message>
        <source>Reading the text of attachments was stopped after %1 of %2 files; the rest will be read next time.</source>
        <translation>La lecture du texte des pièces jointes a été arrêtée après %1 fichiers sur %2 ; le reste sera lu la prochaine fois.</translation>
    </message>
    <message>
        <source>%1: the file is missing from the library&apos;s attachments folder.</source>
        <translation>%1 : le fichier est absent du dossier des pièces jointes de la bibliothèque.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No records are selected.</source>
        <translation>Aucune fiche n’est sélectionnée.</translation>
    </message>
    <message>
        <source>There is no collection %1.</source>
        <translation>La collection %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The collection “%1” is in the trash.</source>
        <translation>La collection « %1 » est dans la corbeille.</translation>
    </message>
    <message>
        <source>“%1” is a smart collection: it gathers its records by its saved filter, so records cannot be put in it by hand.</source>
        <translation>« %1 » est une collection intelligente : elle rassemble ses fiches selon son filtre enregistré ; on ne peut donc pas y placer de fiches manuellement.</translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it before editing it.</source>
        <translation>« %1 » est dans la corbeille ; restaurez cet élément avant de le modifier.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1 : %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Records of this kind have no custom field “%1”.</source>
        <translation>Les fiches de ce genre n’ont pas de champ personnalisé « %1 ».</translation>
    </message>
    <message>
        <source>Records of this kind have no field “%1”.</source>
        <translation>Les fiches de ce genre n’ont pas de champ « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices of %2: %3.</source>
        <translation>« %1 » ne fait pas partie des choix de %2 : %3.</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>même titre</translation>
    </message>
    <message>
        <source>titles %1% alike</source>
        <translation>titres similaires à %1 %</translation>
    </message>
    <message>
        <source>same year</source>
        <translation>même année</translation>
    </message>
    <message>
        <source>years differ (%1, %2)</source>
        <translation>années différentes (%1, %2)</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>même organisation</translation>
    </message>
    <message>
        <source>same author</source>
        <translation>même auteur·e</translation>
    </message>
    <message>
        <source>Records of type “%1” are not checked for duplicates.</source>
        <translation>Les fiches de type « %1 » ne font pas l’objet d’une recherche de doublons.</translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation>La recherche de doublons a été arrêtée.</translation>
    </message>
    <message>
        <source>This is not a readable %1 file: line %2: %3</source>
        <translation>Ce n’est pas un fichier %1 lisible : ligne %2 : %3</translation>
    </message>
    <message>
        <source>This is not a readable %1 file: %2</source>
        <translation>Ce n’est pas un fichier %1 lisible : %2</translation>
    </message>
    <message>
        <source>it holds binary data, not text (an image or a document saved in another format?)</source>
        <translation>il contient des données binaires, pas du texte (une image ou un document enregistré dans un autre format ?)</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (save the file as UTF-8 and import it again)</source>
        <translation>le texte n’est pas en UTF-8 (enregistrez le fichier en UTF-8 et importez-le à nouveau)</translation>
    </message>
    <message>
        <source>expected a tag such as “TY  - ”, found “%1”</source>
        <translation>balise attendue (par exemple « TY  - »), mais « %1 » trouvé</translation>
    </message>
    <message>
        <source>a new record starts before the one above ended with “ER  -”</source>
        <translation>une nouvelle fiche commence avant que la précédente ne se termine par « ER  - »</translation>
    </message>
    <message>
        <source>“%1” appears outside a record (records start with “TY  - ”)</source>
        <translation>« %1 » apparaît en dehors d’une fiche (les fiches commencent par « TY  - »)</translation>
    </message>
    <message>
        <source>Series or container: %1</source>
        <translation>Série ou publication hôte : %1</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>Édition : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>the file ends inside the record that starts here (no “ER  -” line): it may be cut short</source>
        <translation>le fichier se termine à l’intérieur de la fiche qui commence ici (pas de ligne « ER  - ») : il est peut-être tronqué</translation>
    </message>
    <message>
        <source>it holds no records (records start with “TY  - ”)</source>
        <translation>il ne contient aucune fiche (les fiches commencent par « TY  - »)</translation>
    </message>
    <message>
        <source>the entry starting here is not closed: its braces do not balance, or the file is cut short</source>
        <translation>l’entrée qui commence ici n’est pas fermée : ses accolades ne sont pas équilibrées, ou le fichier est tronqué</translation>
    </message>
    <message>
        <source>a quoted value in the entry starting here is not closed</source>
        <translation>une valeur entre guillemets de l’entrée qui commence ici n’est pas fermée</translation>
    </message>
    <message>
        <source>the file ends inside the entry starting here</source>
        <translation>le fichier se termine à l’intérieur de l’entrée qui commence ici</translation>
    </message>
    <message>
        <source>“%1” is neither a value in braces or quotes nor a defined @string</source>
        <translation>« %1 » n’est ni une valeur entre accolades ou guillemets ni une @string définie</translation>
    </message>
    <message>
        <source>expected a value, found “%1”</source>
        <translation>valeur attendue, mais « %1 » trouvé</translation>
    </message>
    <message>
        <source>“@%1” is not followed by “{”</source>
        <translation>« @%1 » n’est pas suivi de « { »</translation>
    </message>
    <message>
        <source>@string needs “name = value”</source>
        <translation>@string a besoin de « nom = valeur »</translation>
    </message>
    <message>
        <source>the entry starting here is not closed before the next one begins: its braces do not balance</source>
        <translation>l’entrée qui commence ici n’est pas fermée avant le début de la suivante : ses accolades ne sont pas équilibrées</translation>
    </message>
    <message>
        <source>expected a field name, found “%1”</source>
        <translation>nom de champ attendu, mais « %1 » trouvé</translation>
    </message>
    <message>
        <source>the field “%1” has no “=”</source>
        <translation>le champ « %1 » n’a pas de « = »</translation>
    </message>
    <message>
        <source>it holds no entries (entries start with “@type{”)</source>
        <translation>il ne contient aucune entrée (les entrées commencent par « @type{ »)</translation>
    </message>
    <message>
        <source>expected a list of items</source>
        <translation>liste d’éléments attendue</translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation>l’élément %1 n’est pas un objet</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>it holds no items</source>
        <translation>il ne contient aucun élément</translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data.</source>
        <translation>Ce n’est pas un fichier CSV : il contient des données binaires.</translation>
    </message>
    <message>
        <source>This CSV file cannot be read: line %1: a quoted cell is not closed (the file may be cut short).</source>
        <translation>Ce fichier CSV est illisible : ligne %1 : une cellule entre guillemets n’est pas fermée (le fichier est peut-être tronqué).</translation>
    </message>
    <message>
        <source>This CSV file is empty.</source>
        <translation>Ce fichier CSV est vide.</translation>
    </message>
    <message>
        <source>The mapping names a column “%1” that this file does not have.</source>
        <translation>La correspondance désigne une colonne « %1 » absente de ce fichier.</translation>
    </message>
    <message>
        <source>No column is mapped to the title; every material needs one.</source>
        <translation>Aucune colonne n’est associée au titre ; chaque support doit en avoir un.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>L’exportation a été arrêtée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>This is not a readable Praxis library file: line %1: %2. Nothing was imported.</source>
        <translation>Ce n’est pas un fichier de bibliothèque Praxis lisible : ligne %1 : %2. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This is not a Praxis library file (it has no “format”: “praxis-library”). Nothing was imported.</source>
        <translation>Ce n’est pas un fichier de bibliothèque Praxis (il n’a pas « format »: « praxis-library »). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This library file was written by a newer Praxis (version %1). Nothing was imported.</source>
        <translation>Ce fichier de bibliothèque a été écrit par une version plus récente de Praxis (version %1). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>A whole-library file goes into a new, empty library; this one already holds %1 records. Nothing was imported.</source>
        <translation>Un fichier de bibliothèque complète s’importe dans une bibliothèque nouvelle et vide ; celle-ci contient déjà %1 fiches. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Record %1: %2 Nothing was imported.</source>
        <translation>Fiche %1 : %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>L’importation a été arrêtée ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>ligne %1 (%2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, ris, bibtex, csl-json, dc or jsonld.</source>
        <translation>Format inconnu « %1 » : utilisez csv, ris, bibtex, csl-json, dc ou jsonld.</translation>
    </message>
    <message>
        <source>%1 is not a material.</source>
        <translation>%1 n’est pas un support.</translation>
    </message>
    <message>
        <source>%1 imported, %2 merged into existing records, %3 skipped</source>
        <translation>%1 importées, %2 fusionnées avec des fiches existantes, %3 ignorées</translation>
    </message>
    <message>
        <source>Trial run, nothing written: %1.</source>
        <translation>Essai à blanc, rien n’a été écrit : %1.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported and the library is unchanged.</source>
        <translation>L’importation a été arrêtée ; rien n’a été importé et la bibliothèque est inchangée.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>fiche %1</translation>
    </message>
    <message>
        <source>values of fields the library does not have are kept in the notes</source>
        <translation>les valeurs des champs que la bibliothèque ne possède pas sont conservées dans les notes</translation>
    </message>
    <message>
        <source>it has no title</source>
        <translation>elle n’a pas de titre</translation>
    </message>
    <message>
        <source>%1 of this file (%2)</source>
        <translation>%1 de ce fichier (%2)</translation>
    </message>
    <message>
        <source>“%1” already in the library (%2)</source>
        <translation>« %1 » déjà dans la bibliothèque (%2)</translation>
    </message>
    <message>
        <source>resembles %1</source>
        <translation>ressemble à %1</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1 : %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>fusionnée avec %1</translation>
    </message>
    <message>
        <source>added although it resembles %1</source>
        <translation>ajoutée bien qu’elle ressemble à %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was imported.</source>
        <translation>L’importation n’a pas pu être enregistrée : %1 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>A saved filter&apos;s “facets” must be an object of value lists.</source>
        <translation>Les « facets » d’un filtre enregistré doivent être un objet de listes de valeurs.</translation>
    </message>
    <message>
        <source>The saved values of “%1” must be a list.</source>
        <translation>Les valeurs enregistrées de « %1 » doivent être une liste.</translation>
    </message>
    <message>
        <source>%1 cannot be filtered by “%2”.</source>
        <translation>Impossible de filtrer %1 par « %2 ».</translation>
    </message>
    <message>
        <source>Unknown part field %1.%2.</source>
        <translation>Champ de partie inconnu : %1.%2.</translation>
    </message>
    <message>
        <source>A smart collection cannot include itself.</source>
        <translation>Une collection intelligente ne peut pas s’inclure elle-même.</translation>
    </message>
    <message>
        <source>The smart collection “%1” is a saved search; run it from the search bar.</source>
        <translation>La collection intelligente « %1 » est une recherche enregistrée ; lancez-la depuis la barre de recherche.</translation>
    </message>
    <message>
        <source>The smart collection “%1” cannot be read: %2</source>
        <translation>Impossible de lire la collection intelligente « %1 » : %2</translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>Le comptage a été annulé.</translation>
    </message>
    <message>
        <source>Unknown record type “%1”.</source>
        <translation>Type de fiche inconnu : « %1 ».</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>Only records of the same kind can be merged.</source>
        <translation>Seules des fiches du même genre peuvent être fusionnées.</translation>
    </message>
    <message>
        <source>Records in the trash cannot be merged; restore them first.</source>
        <translation>Les fiches de la corbeille ne peuvent pas être fusionnées ; restaurez-les d’abord.</translation>
    </message>
    <message>
        <source>Merged from “%1”:</source>
        <translation>Données fusionnées depuis « %1 » :</translation>
    </message>
    <message>
        <source>Merged from “%1”: %2: %3</source>
        <translation>Données fusionnées depuis « %1 » : %2 : %3</translation>
    </message>
    <message>
        <source>The search ranking could not be registered.</source>
        <translation>Le classement de la recherche n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>This is not a saved filter (%1).</source>
        <translation>Ce n’est pas un filtre enregistré (%1).</translation>
    </message>
    <message>
        <source>no “filter” object</source>
        <translation>pas d’objet « filter »</translation>
    </message>
    <message>
        <source>Indexing was stopped.</source>
        <translation>L’indexation a été arrêtée.</translation>
    </message>
    <message>
        <source>Indexing was stopped; the index is as it was.</source>
        <translation>L’indexation a été arrêtée ; l’index est resté tel quel.</translation>
    </message>
    <message>
        <source>The unfinished backup %1 could not be removed.</source>
        <translation>La sauvegarde inachevée %1 n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>No backup is made of a damaged library: it would take the place of good backups. %1</source>
        <translation>Aucune sauvegarde n’est faite d’une bibliothèque endommagée : elle prendrait la place de sauvegardes saines. %1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1 (is the disk read-only?).</source>
        <translation>Impossible de créer le dossier de sauvegarde %1 (le disque est-il en lecture seule ?).</translation>
    </message>
    <message>
        <source>The backup written to %1 did not read back whole; it was removed and no backup was replaced.</source>
        <translation>La sauvegarde écrite dans %1 n’a pas pu être relue en entier ; elle a été supprimée et aucune sauvegarde n’a été remplacée.</translation>
    </message>
    <message>
        <source>The library now holds %1 records; the backup before this one held %2. That backup is kept apart in %3, where it is never rotated away. If records were lost, restore it with  praxis-cli restore &quot;%4&quot;</source>
        <translation>La bibliothèque contient désormais %1 fiches ; la sauvegarde précédente en contenait %2. Cette sauvegarde est conservée à part dans %3, où elle n’est jamais supprimée par la rotation. Si des fiches ont été perdues, restaurez-la avec  praxis-cli restore &quot;%4&quot;</translation>
    </message>
    <message>
        <source>The change was undone by SQLite after an error; nothing was changed.</source>
        <translation>SQLite a annulé la modification après une erreur ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more finding(s)</source>
        <translation>
            <numerusform>%1, et %n autre problème</numerusform>
            <numerusform>%1, et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2); Praxis writes nothing more to it.</source>
        <translation>La bibliothèque %1 est endommagée (%2) ; Praxis n’y écrit plus rien.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full; nothing was changed. Free at least %2 MB there and try again.</source>
        <translation>Le disque qui contient %1 est plein ; rien n’a été modifié. Libérez-y au moins %2 Mo et réessayez.</translation>
    </message>
    <message>
        <source>The library is busy: another program (or another Praxis window) is changing it. Nothing was changed; try again in a moment.</source>
        <translation>La bibliothèque est occupée : un autre programme (ou une autre fenêtre de Praxis) est en train de la modifier. Rien n’a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The library in %1 is read-only (the disk or folder does not allow writing). Nothing was changed.</source>
        <translation>La bibliothèque du dossier %1 est en lecture seule (le disque ou le dossier n’autorise pas l’écriture). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk reported an error for the library in %1 (%2).</source>
        <translation>Le disque a signalé une erreur pour la bibliothèque du dossier %1 (%2).</translation>
    </message>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation>Aucune sauvegarde de celle-ci n’a été trouvée dans %1.</translation>
    </message>
    <message>
        <source>The newest backup is %1; restore it with  praxis-cli --library &quot;%2&quot; restore &quot;%1&quot;  or File ▸ Restore from Backup.</source>
        <translation>La sauvegarde la plus récente est %1 ; restaurez-la avec  praxis-cli --library &quot;%2&quot; restore &quot;%1&quot;  ou Fichier ▸ Restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The library in %1 is damaged: %2 Nothing was changed. %3</source>
        <translation>La bibliothèque du dossier %1 est endommagée : %2 Rien n’a été modifié. %3</translation>
    </message>
    <message>
        <source>its database %1 is empty (0 bytes), though the folder holds its backups or attached files.</source>
        <translation>sa base de données %1 est vide (0 octet), alors que le dossier contient ses sauvegardes ou ses fichiers joints.</translation>
    </message>
    <message>
        <source>its database %1 is missing, though the folder holds its backups or attached files.</source>
        <translation>sa base de données %1 est absente, alors que le dossier contient ses sauvegardes ou ses fichiers joints.</translation>
    </message>
    <message>
        <source>its database %1 is empty (0 bytes) but its write-ahead log is not.</source>
        <translation>sa base de données %1 est vide (0 octet), mais son journal d’écriture anticipée (WAL) ne l’est pas.</translation>
    </message>
    <message>
        <source>SQLite cannot read its database (%1).</source>
        <translation>SQLite ne peut pas lire sa base de données (%1).</translation>
    </message>
    <message>
        <source>The library %1 must be updated for this version of Praxis, which cannot be done where it is: the disk or folder is read-only. Copy the folder to a place you can write to and open it there.</source>
        <translation>La bibliothèque %1 doit être mise à jour pour cette version de Praxis, ce qui est impossible là où elle se trouve : le disque ou le dossier est en lecture seule. Copiez le dossier dans un emplacement où vous pouvez écrire et ouvrez-le à cet endroit.</translation>
    </message>
    <message>
        <source>The library %1 is on a disk or in a folder that allows no writing: it can be browsed, searched and exported, but not changed.</source>
        <translation>La bibliothèque %1 se trouve sur un disque ou dans un dossier qui n’autorise pas l’écriture : on peut la parcourir, y faire des recherches et l’exporter, mais pas la modifier.</translation>
    </message>
    <message>
        <source>The library is read-only here: it can be browsed, searched and exported, but not changed.</source>
        <translation>Ici, la bibliothèque est en lecture seule : on peut la parcourir, y faire des recherches et l’exporter, mais pas la modifier.</translation>
    </message>
    <message>
        <source>found earlier; see %1</source>
        <translation>dommage constaté précédemment ; voir %1</translation>
    </message>
    <message>
        <source>No backup was found in %1.</source>
        <translation>Aucune sauvegarde n’a été trouvée dans %1.</translation>
    </message>
    <message>
        <source>Restore the newest backup (%1) with  praxis-cli restore &quot;%1&quot;  or File ▸ Restore from Backup.</source>
        <translation>Restaurez la sauvegarde la plus récente (%1) avec  praxis-cli restore &quot;%1&quot;  ou Fichier ▸ Restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The library in %1 is damaged (%2). Praxis has stopped writing to it so that nothing more is lost; what it holds can still be read and exported (praxis-cli export library --output FILE). %3</source>
        <translation>La bibliothèque du dossier %1 est endommagée (%2). Praxis a cessé d’y écrire pour que rien d’autre ne soit perdu ; son contenu peut encore être lu et exporté (praxis-cli export library --output FILE). %3</translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation>Index de recherche : %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Praxis library (%2).</source>
        <translation>%1 n’est pas une sauvegarde de bibliothèque Praxis (%2).</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Praxis library.</source>
        <translation>%1 n’est pas une sauvegarde de bibliothèque Praxis.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Praxis; update Praxis to restore it.</source>
        <translation>La sauvegarde %1 a été écrite par une version plus récente de Praxis ; mettez Praxis à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); it was not restored.</source>
        <translation>La sauvegarde %1 est endommagée (%2) ; elle n’a pas été restaurée.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Le fichier de sauvegarde %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is the library itself, not a backup of it.</source>
        <translation>%1 est la bibliothèque elle-même, pas une sauvegarde de celle-ci.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the library folder: %1 Nothing was changed.</source>
        <translation>La sauvegarde n’a pas pu être copiée dans le dossier de la bibliothèque : %1 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The copy of the backup did not read back whole. Nothing was changed.</source>
        <translation>La copie de la sauvegarde n’a pas pu être relue en entier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Another program has the library in %1 open (a Praxis window, or praxis-cli). Close it and try again. Nothing was changed.</source>
        <translation>Un autre programme a ouvert la bibliothèque du dossier %1 (une fenêtre de Praxis, ou praxis-cli). Fermez-le et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside into %2. Nothing was changed.</source>
        <translation>%1 n’a pas pu être mis de côté dans %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The restored library could not be put in place. Nothing was changed.</source>
        <translation>La bibliothèque restaurée n’a pas pu être mise en place. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The search index %1 %2 and could not be moved aside.</source>
        <translation>L’index de recherche %1 %2 et n’a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The search index %1 and was moved aside (%2); a new one is being built from the records, which stay usable meanwhile.</source>
        <translation>L’index de recherche %1 et a été mis de côté (%2) ; un nouvel index est en cours de construction à partir des fiches, qui restent utilisables entre-temps.</translation>
    </message>
    <message>
        <source>was damaged</source>
        <translation>était endommagé</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>n’a pas pu être lu</translation>
    </message>
    <message>
        <source>belongs to another program</source>
        <translation>appartient à un autre programme</translation>
    </message>
    <message>
        <source>belongs to another library</source>
        <translation>appartient à une autre bibliothèque</translation>
    </message>
    <message>
        <source>The library is read-only and its search index could not be used as it is: searches use an index built in memory.</source>
        <translation>La bibliothèque est en lecture seule et son index de recherche n’a pas pu être utilisé tel quel : les recherches utilisent un index construit en mémoire.</translation>
    </message>
    <message>
        <source>could not be opened</source>
        <translation>n’a pas pu être ouvert</translation>
    </message>
    <message numerus="yes">
        <source>The library is read-only and its search index lacks the latest %n change(s): searches may miss them.</source>
        <translation>
            <numerusform>La bibliothèque est en lecture seule et il manque à son index de recherche %n modification récente : les recherches risquent de ne pas en tenir compte.</numerusform>
            <numerusform>La bibliothèque est en lecture seule et il manque à son index de recherche les %n modifications les plus récentes : les recherches risquent de ne pas en tenir compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program is writing to the library; the search index is caught up once it has finished.</source>
        <translation>Un autre programme écrit dans la bibliothèque ; l’index de recherche sera mis à jour dès qu’il aura terminé.</translation>
    </message>
    <message>
        <source>the index could not catch up with the records: %1</source>
        <translation>l’index n’a pas pu se mettre à jour par rapport aux fiches : %1</translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n record(s) cannot be found by search (for example %1); run  praxis-cli reindex</source>
        <translation>
            <numerusform>Index de recherche : %n fiche est introuvable par la recherche (par exemple %1) ; exécutez  praxis-cli reindex</numerusform>
            <numerusform>Index de recherche : %n fiches sont introuvables par la recherche (par exemple %1) ; exécutez  praxis-cli reindex</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n document(s) belong to records that are gone or in the trash; run  praxis-cli reindex</source>
        <translation>
            <numerusform>Index de recherche : %n document appartient à une fiche qui n’existe plus ou qui est dans la corbeille ; exécutez  praxis-cli reindex</numerusform>
            <numerusform>Index de recherche : %n documents appartiennent à des fiches qui n’existent plus ou qui sont dans la corbeille ; exécutez  praxis-cli reindex</numerusform>
        </translation>
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
    <message>
        <source>Restore the Newest Backup…</source>
        <translation>Restaurer la sauvegarde la plus récente…</translation>
    </message>
</context>
<context>
    <name>praxis-cli</name>
    <message>
        <source>No JSON given: pass it with --json or on standard input.</source>
        <translation>Aucun JSON fourni : passez-le avec --json ou sur l’entrée standard.</translation>
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
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Put %1 in the place of the library in %2?

The library as it is now is not deleted: its files are moved into a folder in backups/. Changes made since that backup will not be in the restored library.</source>
        <translation>Mettre %1 à la place de la bibliothèque du dossier %2 ?

La bibliothèque dans son état actuel n’est pas supprimée : ses fichiers sont déplacés dans un dossier de backups/. Les modifications faites depuis cette sauvegarde ne figureront pas dans la bibliothèque restaurée.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n’a pas été restaurée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The library now holds the %1 records of the backup. The files it replaced are kept in %2.</source>
        <translation>La bibliothèque contient désormais les %1 fiches de la sauvegarde. Les fichiers qu’elle a remplacés sont conservés dans %2.</translation>
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
    <name>praxis::ui::AttachmentCheckDialog</name>
    <message>
        <source>Check Attachments</source>
        <translation>Vérifier les pièces jointes</translation>
    </message>
    <message>
        <source>Checks that every attached file is in the library&apos;s attachments folder, unchanged since it was added.</source>
        <translation>Vérifie que chaque fichier joint se trouve dans le dossier des pièces jointes de la bibliothèque, inchangé depuis son ajout.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Open Record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Show the record the file is attached to</source>
        <translation>Afficher la fiche à laquelle le fichier est joint</translation>
    </message>
    <message>
        <source>Checking the attached files…</source>
        <translation>Vérification des fichiers joints…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 attachments…</source>
        <translation>%1 pièces jointes vérifiées sur %2…</translation>
    </message>
    <message>
        <source>Missing from the attachments folder</source>
        <translation>Absent du dossier des pièces jointes</translation>
    </message>
    <message>
        <source>Changed since it was added (the contents no longer match)</source>
        <translation>Modifié depuis son ajout (le contenu ne correspond plus)</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>Stopped before every file was checked.</source>
        <translation>Arrêté avant que tous les fichiers aient été vérifiés.</translation>
    </message>
    <message>
        <source>The attachments could not be checked: %1</source>
        <translation>Les pièces jointes n’ont pas pu être vérifiées : %1</translation>
    </message>
    <message>
        <source>Every attached file is present and unchanged.</source>
        <translation>Tous les fichiers joints sont présents et inchangés.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Open a record to attach its file again, or remove the attachment.</source>
        <translation>
            <numerusform>%n problème trouvé. Ouvrez la fiche pour joindre à nouveau son fichier, ou retirez la pièce jointe.</numerusform>
            <numerusform>%n problèmes trouvés. Ouvrez une fiche pour joindre à nouveau son fichier, ou retirez la pièce jointe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::AttachmentTextStatus</name>
    <message>
        <source>Reading the text of attachments was stopped; the rest is read when files are next attached or Praxis next starts.</source>
        <translation>La lecture du texte des pièces jointes a été arrêtée ; le reste sera lu lors du prochain ajout de fichiers ou du prochain démarrage de Praxis.</translation>
    </message>
    <message>
        <source>The text of attachments could not be read for search: %1</source>
        <translation>Le texte des pièces jointes n’a pas pu être lu pour la recherche : %1</translation>
    </message>
    <message numerus="yes">
        <source>Read the text of %n attached file(s) for search.</source>
        <translation>
            <numerusform>Texte de %n fichier joint lu pour la recherche.</numerusform>
            <numerusform>Texte de %n fichiers joints lu pour la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (damaged or protected).</source>
        <translation>
            <numerusform>%n n’a pas pu être lu (endommagé ou protégé).</numerusform>
            <numerusform>%n n’ont pas pu être lus (endommagés ou protégés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing: Tools ▸ Check Attachments lists them.</source>
        <translation>
            <numerusform>%n fichier est manquant : Outils ▸ Vérifier les pièces jointes l’indique.</numerusform>
            <numerusform>%n fichiers sont manquants : Outils ▸ Vérifier les pièces jointes les répertorie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading attachments…</source>
        <translation>Lecture des pièces jointes…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading the text of attached files (the rest is read next time)</source>
        <translation>Arrêter la lecture du texte des fichiers joints (le reste sera lu la prochaine fois)</translation>
    </message>
    <message>
        <source>Reading attachments for search: %1 of %2</source>
        <translation>Lecture des pièces jointes pour la recherche : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>praxis::ui::AttachmentsPanel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>File or link</source>
        <translation>Fichier ou lien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Déposez des fichiers ici pour les joindre.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add Link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Joindre %n fichier</numerusform>
            <numerusform>Joindre %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Adresse (https://…) :</translation>
    </message>
    <message>
        <source>Attach link</source>
        <translation>Joindre un lien</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Aucune application n’est configurée pour ouvrir %1.</translation>
    </message>
    <message>
        <source>Export Attachment To</source>
        <translation>Exporter la pièce jointe vers</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>praxis::ui::BulkEditDialog</name>
    <message>
        <source>Bulk Edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected record(s) at once. Undo takes the whole change back.</source>
        <translation>
            <numerusform>Modifier %n fiche sélectionnée en une seule opération. Annuler revient sur toute la modification.</numerusform>
            <numerusform>Modifier %n fiches sélectionnées en une seule opération. Annuler revient sur toute la modification.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (custom field)</source>
        <translation>%1 (champ personnalisé)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Champ :</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Modification :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change %n Record(s)</source>
        <translation>
            <numerusform>&amp;Modifier %n fiche</numerusform>
            <numerusform>&amp;Modifier %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no tags yet: add one under Tags &amp; Collections first.</source>
        <translation>Il n’y a pas encore d’étiquettes : ajoutez-en d’abord une dans Étiquettes et collections.</translation>
    </message>
    <message>
        <source>Enter the value first, or choose Clear.</source>
        <translation>Saisissez d’abord la valeur, ou choisissez Effacer.</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n record(s)</source>
        <translation>
            <numerusform>Modifier %1 de %n fiche</numerusform>
            <numerusform>Modifier %1 de %n fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::CollectionActions</name>
    <message>
        <source>Records can be dropped on a tag or a collection only.</source>
        <translation>Les fiches ne peuvent être déposées que sur une étiquette ou une collection.</translation>
    </message>
    <message>
        <source>Every record dropped already has the tag “%1”.</source>
        <translation>Toutes les fiches déposées ont déjà l’étiquette « %1 ».</translation>
    </message>
    <message>
        <source>Every record dropped is already in “%1”.</source>
        <translation>Toutes les fiches déposées sont déjà dans « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n record(s) “%1”</source>
        <translation>
            <numerusform>Ajouter l’étiquette « %1 » à %n fiche</numerusform>
            <numerusform>Ajouter l’étiquette « %1 » à %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n record(s) in “%1”</source>
        <translation>
            <numerusform>Placer %n fiche dans « %1 »</numerusform>
            <numerusform>Placer %n fiches dans « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation>Nouvelle étiquette « %1 »</translation>
    </message>
    <message>
        <source>New collection “%1”</source>
        <translation>Nouvelle collection « %1 »</translation>
    </message>
    <message>
        <source>The filter is empty: a smart collection needs at least one value to keep.</source>
        <translation>Le filtre est vide : une collection intelligente a besoin d’au moins une valeur à conserver.</translation>
    </message>
    <message>
        <source>New smart collection “%1”</source>
        <translation>Nouvelle collection intelligente « %1 »</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Renommer « %1 »</translation>
    </message>
    <message>
        <source>“%1” is not a saved filter.</source>
        <translation>« %1 » n’est pas un filtre enregistré.</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>New Tag Inside…</source>
        <translation>Nouvelle sous-étiquette…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>New Collection Inside…</source>
        <translation>Nouvelle sous-collection…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation>Nom de l’étiquette :</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Nom de la collection :</translation>
    </message>
    <message>
        <source>Drag records from a table onto “%1” to put them in it.</source>
        <translation>Faites glisser des fiches d’un tableau sur « %1 » pour les y placer.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mettre « %1 » à la corbeille</translation>
    </message>
    <message>
        <source>“%1” is in the trash; Undo brings it back.</source>
        <translation>« %1 » est dans la corbeille ; Annuler le récupère.</translation>
    </message>
    <message>
        <source>Save as Smart Collection</source>
        <translation>Enregistrer comme collection intelligente</translation>
    </message>
    <message>
        <source>Name of the smart collection (it keeps the filter and stays up to date):</source>
        <translation>Nom de la collection intelligente (elle conserve le filtre et reste à jour) :</translation>
    </message>
    <message>
        <source>Saved the filter as “%1” under Collections.</source>
        <translation>Filtre enregistré sous « %1 » dans Collections.</translation>
    </message>
</context>
<context>
    <name>praxis::ui::DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>This %1 looks like one already in the library:</source>
        <translation>Cette fiche (%1) ressemble à une fiche déjà présente dans la bibliothèque :</translation>
    </message>
    <message>
        <source>This %1 looks like %2 already in the library:</source>
        <translation>Cette fiche (%1) ressemble à %2 fiches déjà présentes dans la bibliothèque :</translation>
    </message>
    <message>
        <source>%1 — %2% alike (%3)</source>
        <translation>%1 — similaire à %2 % (%3)</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>&amp;Ajouter quand même</translation>
    </message>
    <message>
        <source>Discard, &amp;Show Existing</source>
        <translation>Abandonner, &amp;voir l’existante</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
</context>
<context>
    <name>praxis::ui::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>Look among:</source>
        <translation>Rechercher parmi :</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Choose the kind of record and press Find.</source>
        <translation>Choisissez le genre de fiche et cliquez sur Rechercher.</translation>
    </message>
    <message>
        <source>Merge into &amp;Record</source>
        <translation>Fusionner dans la &amp;fiche</translation>
    </message>
    <message>
        <source>Keep the record on the left; the other one goes to the trash after its values, parts and links are moved over.</source>
        <translation>Conserver la fiche de gauche ; l’autre est mise à la corbeille après le transfert de ses valeurs, parties et liens.</translation>
    </message>
    <message>
        <source>Merge into &amp;Duplicate</source>
        <translation>Fusionner dans le &amp;doublon</translation>
    </message>
    <message>
        <source>Keep the record on the right; the other one goes to the trash after its values, parts and links are moved over.</source>
        <translation>Conserver la fiche de droite ; l’autre est mise à la corbeille après le transfert de ses valeurs, parties et liens.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche de doublons…</translation>
    </message>
    <message>
        <source>Compared %1 of %2 records…</source>
        <translation>%1 fiches comparées sur %2…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>Impossible de rechercher les doublons : %1</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>Aucun doublon probable trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s). Double-click a title to open it; merging can be undone.</source>
        <translation>
            <numerusform>%n paire probable. Double-cliquez sur un titre pour l’ouvrir ; la fusion peut être annulée.</numerusform>
            <numerusform>%n paires probables. Double-cliquez sur un titre pour l’ouvrir ; la fusion peut être annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The records were not merged: %1
Both are unchanged.</source>
        <translation>Les fiches n’ont pas été fusionnées : %1
Aucune des deux n’a été modifiée.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1” into “%2”: %n part(s) and link(s) moved; the other record is in the trash.</source>
        <translation>
            <numerusform>Fusion de « %1 » dans « %2 » : %n partie ou lien transféré ; l’autre fiche est dans la corbeille.</numerusform>
            <numerusform>Fusion de « %1 » dans « %2 » : %n parties et liens transférés ; l’autre fiche est dans la corbeille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>RIS (Zotero, EndNote, Mendeley)</source>
        <translation>RIS (Zotero, EndNote, Mendeley)</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>CSL-JSON</source>
        <translation>CSL-JSON</translation>
    </message>
    <message>
        <source>Dublin Core XML (oai_dc)</source>
        <translation>Dublin Core XML (oai_dc)</translation>
    </message>
    <message>
        <source>schema.org LearningResource JSON-LD (LRMI)</source>
        <translation>schema.org LearningResource JSON-LD (LRMI)</translation>
    </message>
    <message>
        <source>Whole library (Praxis JSON)</source>
        <translation>Bibliothèque complète (JSON Praxis)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected material(s)</source>
        <translation>
            <numerusform>%n support sélectionné</numerusform>
            <numerusform>Les %n supports sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>All materials</source>
        <translation>Tous les supports</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Fichier %1 écrit (%2).</translation>
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
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show the Markdown as it will read (Ctrl+Shift+P in the text)</source>
        <translation>Afficher le Markdown tel qu’il apparaîtra (Ctrl+Shift+P dans le texte)</translation>
    </message>
    <message>
        <source>No record is called “%1”: choose one from the list, or add it with the button at the end of the field.</source>
        <translation>Aucune fiche ne s’appelle « %1 » : choisissez-en une dans la liste, ou ajoutez-la avec le bouton en fin de champ.</translation>
    </message>
    <message>
        <source>Add %1 “%2” to the library</source>
        <translation>Ajouter « %2 » à la bibliothèque (%1)</translation>
    </message>
</context>
<context>
    <name>praxis::ui::FilterPanel</name>
    <message>
        <source>&lt;b&gt;Filter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filtre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every record again</source>
        <translation>Afficher à nouveau toutes les fiches</translation>
    </message>
    <message>
        <source>Show records from outside the collection too</source>
        <translation>Afficher aussi les fiches hors de la collection</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Save as Smart Collection…</source>
        <translation>Enregistrer comme collection intelligente…</translation>
    </message>
    <message>
        <source>Keep this filter in the sidebar under Collections; it stays up to date as records change.</source>
        <translation>Conserver ce filtre dans la barre latérale, sous Collections ; il reste à jour à mesure que les fiches changent.</translation>
    </message>
    <message>
        <source>The counts could not be taken: %1</source>
        <translation>Les décomptes n’ont pas pu être effectués : %1</translation>
    </message>
    <message>
        <source>In the collection &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dans la collection &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>Tout afficher (%n)…</numerusform>
            <numerusform>Tout afficher (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 chosen)</source>
        <translation>%1 (sélection : %2)</translation>
    </message>
    <message>
        <source>Years in the list: %1–%2</source>
        <translation>Années de la liste : %1–%2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>praxis::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Correspondance enregistrée :</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Which field each column fills:</source>
        <translation>Champ rempli par chaque colonne :</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Champ cible</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Preview of the records as they will be imported:</source>
        <translation>Aperçu des fiches telles qu’elles seront importées :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Merge them into the existing record</source>
        <translation>Les fusionner avec la fiche existante</translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation>Les ajouter quand même</translation>
    </message>
    <message>
        <source>Records that resemble existing ones:</source>
        <translation>Fiches qui ressemblent à des fiches existantes :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a file Praxis can import: CSV, RIS, BibTeX, CSL-JSON or a Praxis library file. Nothing was imported.</source>
        <translation>%1 n’est pas un fichier que Praxis peut importer : CSV, RIS, BibTeX, CSL-JSON ou fichier de bibliothèque Praxis. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>A whole Praxis library. It goes into an empty library with every record, link and id.</source>
        <translation>Une bibliothèque Praxis complète. Elle s’importe dans une bibliothèque vide avec toutes ses fiches, tous ses liens et identifiants.</translation>
    </message>
    <message>
        <source>(as detected)</source>
        <translation>(détection automatique)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1 (%2).</source>
        <translation>
            <numerusform>%n fiche dans %1 (%2).</numerusform>
            <numerusform>%n fiches dans %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1: %2, delimiter “%3”.</source>
        <translation>
            <numerusform>%n ligne dans %1 : %2, séparateur « %3 ».</numerusform>
            <numerusform>%n lignes dans %1 : %2, séparateur « %3 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Name of this mapping:</source>
        <translation>Nom de cette correspondance :</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported; the library is unchanged.</source>
        <translation>L’importation a été arrêtée. Rien n’a été importé ; la bibliothèque est inchangée.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n fiche importée.</numerusform>
            <numerusform>%n fiches importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::ImportReportDialog</name>
    <message>
        <source>Import of %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Modification groupée…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>&amp;Filter Panel</source>
        <translation>Panneau de &amp;filtres</translation>
    </message>
    <message>
        <source>Check &amp;Attachments…</source>
        <translation>Vérifier les &amp;pièces jointes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>No record has this tag yet. Drag rows from a table onto the tag to give it to them.</source>
        <translation>Aucune fiche n’a encore cette étiquette. Faites glisser des lignes d’un tableau sur l’étiquette pour la leur attribuer.</translation>
    </message>
    <message>
        <source>No record matches this smart collection now.</source>
        <translation>Aucune fiche ne correspond actuellement à cette collection intelligente.</translation>
    </message>
    <message>
        <source>This collection is empty. Drag rows from a table onto it to add them.</source>
        <translation>Cette collection est vide. Faites glisser des lignes d’un tableau sur elle pour les y ajouter.</translation>
    </message>
    <message>
        <source>Saved “%1” as a smart collection; choose it under Collections in the sidebar to run it again.</source>
        <translation>« %1 » a été enregistrée comme collection intelligente ; choisissez-la sous Collections dans la barre latérale pour la relancer.</translation>
    </message>
    <message>
        <source>Not added yet: the record resembles one already in the library.</source>
        <translation>Pas encore ajoutée : la fiche ressemble à une fiche déjà présente dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Catalogue files (*.csv *.tsv *.txt *.ris *.bib *.json);;All files (*)</source>
        <translation>Fichiers de catalogue (*.csv *.tsv *.txt *.ris *.bib *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Select the records to change first (Shift or Ctrl with the mouse selects several).</source>
        <translation>Sélectionnez d’abord les fiches à modifier (Shift ou Ctrl avec la souris en sélectionne plusieurs).</translation>
    </message>
    <message>
        <source>The library holds far fewer records than before</source>
        <translation>La bibliothèque contient beaucoup moins de fiches qu’avant</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Damaged: changes are not saved</source>
        <translation>Endommagée : les modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>La bibliothèque est endommagée</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
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
    <message>
        <source>Custom field “%1” (%2)</source>
        <translation>Champ personnalisé « %1 » (%2)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Set %1 of “%2”</source>
        <translation>Définir %1 de « %2 »</translation>
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
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>praxis::ui::RestoreBackupDialog</name>
    <message>
        <source>Made on request</source>
        <translation>Créée à la demande</translation>
    </message>
    <message>
        <source>Made on schedule</source>
        <translation>Créée selon la programmation</translation>
    </message>
    <message>
        <source>Made before an update of the library</source>
        <translation>Créée avant une mise à jour de la bibliothèque</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put in the library&apos;s place. The library as it is now is not deleted: its files are moved into a folder in backups/, from where they can be brought back.</source>
        <translation>Choisissez la sauvegarde à mettre à la place de la bibliothèque. La bibliothèque dans son état actuel n’est pas supprimée : ses fichiers sont déplacés dans un dossier de backups/, d’où ils peuvent être récupérés.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>%1 (kept apart)</source>
        <translation>%1 (conservée à part)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>This library has no backups yet (File ▸ Back Up Now makes one).</source>
        <translation>Cette bibliothèque n’a encore aucune sauvegarde (Fichier ▸ Sauvegarder maintenant en crée une).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1.</source>
        <translation>
            <numerusform>%n sauvegarde dans %1.</numerusform>
            <numerusform>%n sauvegardes dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>the backup of %1 (%2 records)</source>
        <translation>la sauvegarde du %1 (%2 fiches)</translation>
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
    <message>
        <source>%1 of %2 %3 match the filter</source>
        <translation>%1 sur %2 %3 correspondent au filtre</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
</TS>
