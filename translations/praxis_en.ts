<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Choice</name>
    <message>
        <source>UN entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For records of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editors (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishers (organisations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producers (organisations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders (organisations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags &amp; Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
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
    <message>
        <source>This build of Praxis does not read the text of PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praxis does not read the text of files of type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praxis does not read the text of .%1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data, not a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or incomplete: it is not a readable zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file unpacks to more than %1 MB; it was not read, to keep the library safe from archives made to fill the memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is protected by a password; its text cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: part of it cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: its text is not well-formed XML (%1, line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not %1: the archive has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged or is not a PDF file; its text cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password; its text cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. No file was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments folder cannot be written: %1. No file was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied into the library (is the disk full?): %2. No file was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied into the library: %2. No file was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stored: %2. No file was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment is a link, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of “%1” is missing from the library&apos;s attachments folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of %1 could not be made for opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has changed since it was added (its contents no longer match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program cannot read the text of attached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the text of attachments was stopped after %1 of %2 files; the rest will be read next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is missing from the library&apos;s attachments folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no collection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “%1” is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a smart collection: it gathers its records by its saved filter, so records cannot be put in it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it before editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of this kind have no custom field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of this kind have no field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles %1% alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years differ (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of type “%1” are not checked for duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable %1 file: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable %1 file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds binary data, not text (an image or a document saved in another format?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8 (save the file as UTF-8 and import it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a tag such as “TY  - ”, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new record starts before the one above ended with “ER  -”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appears outside a record (records start with “TY  - ”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series or container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside the record that starts here (no “ER  -” line): it may be cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no records (records start with “TY  - ”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry starting here is not closed: its braces do not balance, or the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value in the entry starting here is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside the entry starting here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a value in braces or quotes nor a defined @string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“@%1” is not followed by “{”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@string needs “name = value”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry starting here is not closed before the next one begins: its braces do not balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” has no “=”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no entries (entries start with “@type{”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CSV file cannot be read: line %1: a quoted cell is not closed (the file may be cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CSV file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names a column “%1” that this file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the title; every material needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable Praxis library file: line %1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Praxis library file (it has no “format”: “praxis-library”). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library file was written by a newer Praxis (version %1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole-library file goes into a new, empty library; this one already holds %1 records. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, ris, bibtex, csl-json, dc or jsonld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 merged into existing records, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial run, nothing written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported and the library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values of fields the library does not have are kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of this file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already in the library (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resembles %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added although it resembles %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved filter&apos;s “facets” must be an object of value lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved values of “%1” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be filtered by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown part field %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smart collection cannot include itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart collection “%1” is a saved search; run it from the search bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart collection “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records of the same kind can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the trash cannot be merged; restore them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from “%1”: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search ranking could not be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a saved filter (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “filter” object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing was stopped; the index is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished backup %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup is made of a damaged library: it would take the place of good backups. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1 (is the disk read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup written to %1 did not read back whole; it was removed and no backup was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library now holds %1 records; the backup before this one held %2. That backup is kept apart in %3, where it is never rotated away. If records were lost, restore it with  praxis-cli restore &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was undone by SQLite after an error; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2); Praxis writes nothing more to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full; nothing was changed. Free at least %2 MB there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is busy: another program (or another Praxis window) is changing it. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in %1 is read-only (the disk or folder does not allow writing). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error for the library in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1; restore it with  praxis-cli --library &quot;%2&quot; restore &quot;%1&quot;  or File ▸ Restore from Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in %1 is damaged: %2 Nothing was changed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database %1 is empty (0 bytes), though the folder holds its backups or attached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database %1 is missing, though the folder holds its backups or attached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database %1 is empty (0 bytes) but its write-ahead log is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read its database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 must be updated for this version of Praxis, which cannot be done where it is: the disk or folder is read-only. Copy the folder to a place you can write to and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is on a disk or in a folder that allows no writing: it can be browsed, searched and exported, but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is read-only here: it can be browsed, searched and exported, but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found earlier; see %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup (%1) with  praxis-cli restore &quot;%1&quot;  or File ▸ Restore from Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library in %1 is damaged (%2). Praxis has stopped writing to it so that nothing more is lost; what it holds can still be read and exported (praxis-cli export library --output FILE). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backup of a Praxis library (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backup of a Praxis library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Praxis; update Praxis to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); it was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the library itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied into the library folder: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the backup did not read back whole. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program has the library in %1 open (a Praxis window, or praxis-cli). Close it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved aside into %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored library could not be put in place. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 %2 and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index %1 and was moved aside (%2); a new one is being built from the records, which stay usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to another library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is read-only and its search index could not be used as it is: searches use an index built in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The library is read-only and its search index lacks the latest %n change(s): searches may miss them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Another program is writing to the library; the search index is caught up once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index could not catch up with the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n record(s) cannot be found by search (for example %1); run  praxis-cli reindex</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n document(s) belong to records that are gone or in the trash; run  praxis-cli reindex</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author or editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors and editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation of a material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases and weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Knowledge base for communities of practice in training for gender equality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in &lt;section&gt; (materials, dialogues, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praxis cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record with this &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a search for &lt;query&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the Newest Backup…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample records could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new, empty library in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praxis cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 in the place of the library in %2?

The library as it is now is not deleted: its files are moved into a folder in backups/. Changes made since that backup will not be in the restored library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library now holds the %1 records of the backup. The files it replaced are kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::AboutDialog</name>
    <message>
        <source>Praxis %1
Qt %2 (built with %3)
SQLite %4 (full-text search: %5)
Markdown highlighting: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Praxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Praxis&lt;/h2&gt;&lt;p&gt;A knowledge base for communities of practice in training for gender equality: training materials, good-practice cases and their coding, and the archives of dialogues and meetings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::AttachmentCheckDialog</name>
    <message>
        <source>Check Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that every attached file is in the library&apos;s attachments folder, unchanged since it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the record the file is attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the attached files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 of %2 attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from the attachments folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since it was added (the contents no longer match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before every file was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attached file is present and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Open a record to attach its file again, or remove the attachment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::AttachmentTextStatus</name>
    <message>
        <source>Reading the text of attachments was stopped; the rest is read when files are next attached or Praxis next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of attachments could not be read for search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read the text of %n attached file(s) for search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (damaged or protected).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing: Tools ▸ Check Attachments lists them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the text of attached files (the rest is read next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading attachments for search: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::AttachmentsPanel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Attachment To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::BulkEditDialog</name>
    <message>
        <source>Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected record(s) at once. Undo takes the whole change back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (custom field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change %n Record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no tags yet: add one under Tags &amp; Collections first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value first, or choose Clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::CollectionActions</name>
    <message>
        <source>Records can be dropped on a tag or a collection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record dropped already has the tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record dropped is already in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n record(s) “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n record(s) in “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is empty: a smart collection needs at least one value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New smart collection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a saved filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag Inside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection Inside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag records from a table onto “%1” to put them in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the trash; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Smart Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the smart collection (it keeps the filter and stays up to date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the filter as “%1” under Collections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 looks like one already in the library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 looks like %2 already in the library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2% alike (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard, &amp;Show Existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look among:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of record and press Find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into &amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record on the left; the other one goes to the trash after its values, parts and links are moved over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into &amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record on the right; the other one goes to the trash after its values, parts and links are moved over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared %1 of %2 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s). Double-click a title to open it; merging can be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were not merged: %1
Both are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1” into “%2”: %n part(s) and link(s) moved; the other record is in the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIS (Zotero, EndNote, Mendeley)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSL-JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dublin Core XML (oai_dc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.org LearningResource JSON-LD (LRMI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole library (Praxis JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected material(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::FieldEditor</name>
    <message>
        <source>Type to find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM, e.g. 2016-09-06T09:00-04:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes separated by commas, e.g. en, es, fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # heading, - list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2; leave empty when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number; leave empty when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes separated by commas, e.g. BO, GT, MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2016, 2016-09 or 2016-09-06.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time: write 2016-09-06T09:00, with the time zone if known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address: it starts with https:// or similar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record is called “%1”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Markdown as it will read (Ctrl+Shift+P in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record is called “%1”: choose one from the list, or add it with the button at the end of the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 “%2” to the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::FilterPanel</name>
    <message>
        <source>&lt;b&gt;Filter&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show records from outside the collection too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Smart Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this filter in the sidebar under Collections; it stays up to date as records change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the collection &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in the list: %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field each column fills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the records as they will be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into the existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that resemble existing ones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file Praxis can import: CSV, RIS, BibTeX, CSL-JSON or a Praxis library file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole Praxis library. It goes into an empty library with every record, link and id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1 (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1: %2, delimiter “%3”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported; the library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::ImportReportDialog</name>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::MainWindow</name>
    <message>
        <source>Praxis — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Sample &amp;Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Praxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record you were editing could not be saved; your changes are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section first: new records go into the section shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the record you are editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F): words, &quot;phrases&quot;, -not, prefix*, lang:es, year:2010..2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 yet. File ▸ New Record (%2) adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has this tag yet. Drag rows from a table onto the tag to give it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record matches this smart collection now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection is empty. Drag rows from a table onto it to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” as a smart collection; choose it under Collections in the sidebar to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added yet: the record resembles one already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue files (*.csv *.tsv *.txt *.ris *.bib *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the records to change first (Shift or Ctrl with the mouse selects several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library holds far fewer records than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::PartsPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected %1 to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::RecordActions</name>
    <message>
        <source>Move “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its parts for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n sample record(s) for good? Your own records stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::RecordForm</name>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is in the trash. Restore it from the Trash to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the sample library. File ▸ Remove sample data takes all sample records out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the sample library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::RestoreBackupDialog</name>
    <message>
        <source>Made on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made before an update of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to put in the library&apos;s place. The library as it is now is not deleted: its files are moved into a folder in backups/, from where they can be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library has no backups yet (File ▸ Back Up Now makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of %1 (%2 records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::SearchController</name>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::SearchPanel</name>
    <message>
        <source>Save as Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this search as a smart collection that always shows its current results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 records match “%2”; the best of the newest %1 are shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>praxis::ui::SectionTable</name>
    <message>
        <source>Records moved to the trash stay here, with their parts, until you delete them permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
