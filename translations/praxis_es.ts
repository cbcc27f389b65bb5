<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Choice</name>
    <message>
        <source>UN entity</source>
        <translation>Entidad de la ONU</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>E-course</source>
        <translation>Curso en línea</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Virtual dialogue</source>
        <translation>Diálogo virtual</translation>
    </message>
    <message>
        <source>Meeting session</source>
        <translation>Sesión de reunión</translation>
    </message>
    <message>
        <source>Mail list</source>
        <translation>Lista de correo</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Tools and activities</source>
        <translation>Herramientas y actividades</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Texto largo</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Selección múltiple</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Sí/no</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académica</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Toolkit</source>
        <translation>Caja de herramientas</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Material de apoyo</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Plan de estudios</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Introductory</source>
        <translation>Introductorio</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interactivo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Catalogued</source>
        <translation>Catalogado</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor/a</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor/a</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Colaborador/a</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editorial</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Organismo ejecutor</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Seminario web</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador/a</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator/a</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Smart</source>
        <translation>Inteligente</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Affiliation (as written)</source>
        <translation>Afiliación (tal como está escrita)</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Adjunto a</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Author (as written)</source>
        <translation>Autor/a (tal como está escrito)</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Coded at</source>
        <translation>Codificado el</translation>
    </message>
    <message>
        <source>Coded text</source>
        <translation>Texto codificado</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador/a</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Concept note</source>
        <translation>Nota conceptual</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Criteria framework</source>
        <translation>Marco de criterios</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Notas de seguimiento</translation>
    </message>
    <message>
        <source>For records of type</source>
        <translation>Para registros de tipo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En respuesta a</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dentro de</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name (as written)</source>
        <translation>Nombre (tal como está escrito)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>Código superior</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Etiqueta superior</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Parte de</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Texto citado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Representing</source>
        <translation>En representación de</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Organización responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Búsqueda guardada</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Under item</source>
        <translation>Bajo el punto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Venue or platform</source>
        <translation>Lugar o plataforma</translation>
    </message>
    <message>
        <source>Webinar session</source>
        <translation>Sesión del seminario web</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(leave out)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <source>Authors (people)</source>
        <translation>Autores/as (personas)</translation>
    </message>
    <message>
        <source>Editors (people)</source>
        <translation>Editores/as (personas)</translation>
    </message>
    <message>
        <source>Publishers (organisations)</source>
        <translation>Editoriales (organizaciones)</translation>
    </message>
    <message>
        <source>Producers (organisations)</source>
        <translation>Productores (organizaciones)</translation>
    </message>
    <message>
        <source>Funders (organisations)</source>
        <translation>Financiadores (organizaciones)</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Campo personalizado: %1</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Diálogos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Tags &amp; Collections</source>
        <translation>Etiquetas y colecciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Criteria frameworks</source>
        <translation>Marcos de criterios</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation>No se puede hacer una copia de seguridad en medio de un cambio.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>No se pudo escribir la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>No se pudo guardar la copia de seguridad como %1.</translation>
    </message>
    <message>
        <source>Record %1 cannot be read: %2</source>
        <translation>No se puede leer el registro %1: %2</translation>
    </message>
    <message>
        <source>%1 has no creation entry in the change log</source>
        <translation>%1 no tiene entrada de creación en el historial de cambios</translation>
    </message>
    <message>
        <source>%1: trash state differs from the change log</source>
        <translation>%1: el estado de papelera no coincide con el historial de cambios</translation>
    </message>
    <message>
        <source>%1: sample mark differs from the change log</source>
        <translation>%1: la marca de ejemplo no coincide con el historial de cambios</translation>
    </message>
    <message>
        <source>%1: unknown record type</source>
        <translation>%1: tipo de registro desconocido</translation>
    </message>
    <message>
        <source>%1: field “%2” differs from the change log</source>
        <translation>%1: el campo «%2» no coincide con el historial de cambios</translation>
    </message>
    <message>
        <source>Record %1 is in the change log but missing from the library</source>
        <translation>El registro %1 figura en el historial de cambios pero falta en la biblioteca</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 field “%2”</source>
        <translation>Campo «%2» de %1</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected yes or no (true/false)</source>
        <translation>se esperaba sí o no (true/false)</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>se esperaba una lista de textos</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <source>“%1” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (use AAAA, AAAA-MM o AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (use YYYY-MM-DDTHH:MM)</source>
        <translation>«%1» no es una fecha y hora (use AAAA-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>«%1» no es una dirección web</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» no es ninguno de estos valores: %2</translation>
    </message>
    <message>
        <source>“%1” is not a record id</source>
        <translation>«%1» no es un identificador de registro</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a list, like [&quot;en&quot;, &quot;es&quot;]</source>
        <translation>se esperaba una lista, como [&quot;en&quot;, &quot;es&quot;]</translation>
    </message>
    <message>
        <source>every entry of the list must be text</source>
        <translation>cada elemento de la lista debe ser texto</translation>
    </message>
    <message>
        <source>%1 is not a Praxis library (it is not a database file). Nothing was changed.</source>
        <translation>%1 no es una biblioteca de Praxis (no es un archivo de base de datos). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is a file; a Praxis library is a folder. Nothing was changed.</source>
        <translation>%1 es un archivo; una biblioteca de Praxis es una carpeta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>No hay ninguna biblioteca en %1.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>No se puede crear la carpeta de la biblioteca %1.</translation>
    </message>
    <message>
        <source>There is no library at %1 (no %2).</source>
        <translation>No hay ninguna biblioteca en %1 (no se encuentra %2).</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no Praxis library. Choose an empty folder or an existing library. Nothing was changed.</source>
        <translation>La carpeta %1 no está vacía y no contiene ninguna biblioteca de Praxis. Elija una carpeta vacía o una biblioteca existente. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library %1 cannot be read. Nothing was changed.</source>
        <translation>No se puede leer la biblioteca %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Praxis library. Nothing was changed.</source>
        <translation>%1 es una base de datos, pero no una biblioteca de Praxis. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Praxis (library format %2; this version reads up to %3). Nothing was changed; update Praxis to open it.</source>
        <translation>La biblioteca %1 fue escrita por una versión más reciente de Praxis (formato de biblioteca %2; esta versión lee hasta el %3). No se ha cambiado nada; actualice Praxis para abrirla.</translation>
    </message>
    <message>
        <source>The library %1 could not be switched to write-ahead logging (the file system said “%2”).</source>
        <translation>No se pudo pasar la biblioteca %1 al modo de escritura anticipada WAL (el sistema de archivos indicó «%2»).</translation>
    </message>
    <message>
        <source>This SQLite cannot enforce foreign keys.</source>
        <translation>Esta versión de SQLite no puede aplicar claves foráneas.</translation>
    </message>
    <message>
        <source>Cannot create %1 in the library folder.</source>
        <translation>No se puede crear %1 en la carpeta de la biblioteca.</translation>
    </message>
    <message>
        <source>The library was not updated because a backup could not be made first: %1</source>
        <translation>La biblioteca no se actualizó porque antes no se pudo hacer una copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>No se pudo ejecutar la comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Broken reference: row %1 of %2 refers to a missing %3</source>
        <translation>Referencia rota: la fila %1 de %2 remite a un elemento inexistente de %3</translation>
    </message>
    <message>
        <source>Schema script %1 is missing from this build.</source>
        <translation>Falta el script de esquema %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Updating the library to schema %1 failed: %2</source>
        <translation>Falló la actualización de la biblioteca al esquema %1: %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record type.</source>
        <translation>%1: «%2» no es un tipo de registro.</translation>
    </message>
    <message>
        <source>%1: a %2 cannot be a part of a %3.</source>
        <translation>%1: un registro de tipo %2 no puede formar parte de uno de tipo %3.</translation>
    </message>
    <message>
        <source>%1: field “%2” names %3, but no earlier record has that key.</source>
        <translation>%1: el campo «%2» menciona %3, pero ningún registro anterior tiene esa clave.</translation>
    </message>
    <message>
        <source>%1: the key “%2” is empty or used twice.</source>
        <translation>%1: la clave «%2» está vacía o se usa dos veces.</translation>
    </message>
    <message>
        <source>%1: “parts” must be an object of part type → list.</source>
        <translation>%1: «parts» debe ser un objeto de tipo de parte → lista.</translation>
    </message>
    <message>
        <source>%1: parts “%2” must be a list.</source>
        <translation>%1: las partes «%2» deben ser una lista.</translation>
    </message>
    <message>
        <source>%1: part %2 of “%3” is not an object.</source>
        <translation>%1: la parte %2 de «%3» no es un objeto.</translation>
    </message>
    <message>
        <source>“records” must be a list of records.</source>
        <translation>«records» debe ser una lista de registros.</translation>
    </message>
    <message>
        <source>Record %1 is not a JSON object.</source>
        <translation>El registro %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Record %1 does not say its “type”.</source>
        <translation>El registro %1 no indica su «type».</translation>
    </message>
    <message>
        <source>Record %1 (%2)</source>
        <translation>Registro %1 (%2)</translation>
    </message>
    <message>
        <source>The record does not say its “type”.</source>
        <translation>El registro no indica su «type».</translation>
    </message>
    <message>
        <source>The record says it is a “%1”, not a “%2”.</source>
        <translation>El registro indica que es de tipo «%1», no «%2».</translation>
    </message>
    <message>
        <source>“%1” is not a record type. Known types: %2.</source>
        <translation>«%1» no es un tipo de registro. Tipos conocidos: %2.</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>Ningún registro tiene el identificador %1.</translation>
    </message>
    <message>
        <source>%1 field “%2”: no record has the id %3.</source>
        <translation>Campo «%2» de %1: ningún registro tiene el identificador %3.</translation>
    </message>
    <message>
        <source>%1 field “%2” must refer to a %3, but %4 is a %5.</source>
        <translation>El campo «%2» de %1 debe remitir a un registro de tipo %3, pero %4 es de tipo %5.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>A %1 has no field “%2”. Its fields are: %3.</source>
        <translation>Los registros de tipo %1 no tienen el campo «%2». Sus campos son: %3.</translation>
    </message>
    <message>
        <source>%1 field “%2” is required and cannot be empty.</source>
        <translation>El campo «%2» de %1 es obligatorio y no puede quedar vacío.</translation>
    </message>
    <message>
        <source>A %1 needs a value for “%2” (%3).</source>
        <translation>Un registro de tipo %1 necesita un valor para «%2» (%3).</translation>
    </message>
    <message>
        <source>“%1” is not a valid record id.</source>
        <translation>«%1» no es un identificador de registro válido.</translation>
    </message>
    <message>
        <source>A record with the id %1 already exists.</source>
        <translation>Ya existe un registro con el identificador %1.</translation>
    </message>
    <message>
        <source>Record %1 has an unknown type “%2”.</source>
        <translation>El registro %1 tiene un tipo desconocido: «%2».</translation>
    </message>
    <message>
        <source>Record %1 is listed but its %2 data is missing.</source>
        <translation>El registro %1 figura en la lista, pero faltan sus datos de tipo %2.</translation>
    </message>
    <message>
        <source>A %1 cannot be sorted by “%2”: it has no such field.</source>
        <translation>Los registros de tipo %1 no se pueden ordenar por «%2»: no tienen ese campo.</translation>
    </message>
    <message>
        <source>Parts need a parent record.</source>
        <translation>Las partes necesitan un registro principal.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Record %1 is a %2, not a %3.</source>
        <translation>El registro %1 es de tipo %2, no %3.</translation>
    </message>
    <message>
        <source>The sample library is not valid JSON: %1 (at byte %2).</source>
        <translation>La biblioteca de ejemplo no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The sample library could not be loaded: %1</source>
        <translation>No se pudo cargar la biblioteca de ejemplo: %1</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recomendación %1</translation>
    </message>
    <message>
        <source>The search index %1 cannot be created: %2</source>
        <translation>No se puede crear el índice de búsqueda %1: %2</translation>
    </message>
    <message>
        <source>The search index %1 cannot be opened: %2</source>
        <translation>No se puede abrir el índice de búsqueda %1: %2</translation>
    </message>
    <message>
        <source>The search index could not be created: %1</source>
        <translation>No se pudo crear el índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>Indexing was stopped; %1 records remain queued.</source>
        <translation>Se detuvo la indexación; quedan %1 registros en cola.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of record; kinds are: %2 (at character %3)</source>
        <translation>«%1» no es una clase de registro; las clases son: %2 (en el carácter %3)</translation>
    </message>
    <message>
        <source>There is no filter or custom field called “%1:”. Filters: %2 (at character %3)</source>
        <translation>No hay ningún filtro ni campo personalizado llamado «%1:». Filtros: %2 (en el carácter %3)</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>No se pudo ejecutar la búsqueda: %1</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (en el carácter %2)</translation>
    </message>
    <message>
        <source>The search is too long: %1 characters, at most %2.</source>
        <translation>La búsqueda es demasiado larga: %1 caracteres, como máximo %2.</translation>
    </message>
    <message>
        <source>The quote is not closed</source>
        <translation>Las comillas no están cerradas</translation>
    </message>
    <message>
        <source>The filter “%1:” needs a value, like %1:something</source>
        <translation>El filtro «%1:» necesita un valor, como %1:valor</translation>
    </message>
    <message>
        <source>“%1” is not a year or a range of years (use 2010, 2010..2016, 2010.. or ..2016)</source>
        <translation>«%1» no es un año ni un intervalo de años (use 2010, 2010..2016, 2010.. o ..2016)</translation>
    </message>
    <message>
        <source>The years %1..%2 are the wrong way round</source>
        <translation>Los años %1..%2 están en orden inverso</translation>
    </message>
    <message>
        <source>week: takes a week number, like week:2</source>
        <translation>week: requiere un número de semana, como week:2</translation>
    </message>
    <message>
        <source>has: takes “attachment”</source>
        <translation>has: admite «attachment»</translation>
    </message>
    <message>
        <source>title: needs a word to look for</source>
        <translation>title: necesita una palabra que buscar</translation>
    </message>
    <message>
        <source>OR needs a word before it</source>
        <translation>OR necesita una palabra delante</translation>
    </message>
    <message>
        <source>A * must follow the start of a word, like train*</source>
        <translation>Un * debe ir tras el comienzo de una palabra, como capacit*</translation>
    </message>
    <message>
        <source>A word after OR cannot be excluded</source>
        <translation>Una palabra después de OR no se puede excluir</translation>
    </message>
    <message>
        <source>OR needs a word after it</source>
        <translation>OR necesita una palabra detrás</translation>
    </message>
    <message>
        <source>Add a word or a filter to search for: “-word” only leaves things out.</source>
        <translation>Añada una palabra o un filtro que buscar: «-palabra» solo excluye resultados.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Escriba una palabra para buscar.</translation>
    </message>
    <message>
        <source>The SQLite library in use (%1) has no FTS5 full-text search, which Praxis needs. Install an SQLite built with FTS5 (Debian&apos;s libsqlite3-0 has it).</source>
        <translation>La biblioteca SQLite en uso (%1) no tiene la búsqueda de texto completo FTS5, que Praxis necesita. Instale una versión de SQLite compilada con FTS5 (el paquete libsqlite3-0 de Debian la incluye).</translation>
    </message>
    <message>
        <source>The search tokenizer could not be registered.</source>
        <translation>No se pudo registrar el tokenizador de búsqueda.</translation>
    </message>
    <message>
        <source>This build of Praxis does not read the text of PDF files.</source>
        <translation>Esta compilación de Praxis no lee el texto de los archivos PDF.</translation>
    </message>
    <message>
        <source>Praxis does not read the text of files of type %1.</source>
        <translation>Praxis no lee el texto de los archivos de tipo %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Praxis does not read the text of .%1 files.</source>
        <translation>Praxis no lee el texto de los archivos .%1.</translation>
    </message>
    <message>
        <source>The file holds binary data, not a web page.</source>
        <translation>El archivo contiene datos binarios, no una página web.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the file.</source>
        <translation>No hay suficiente memoria para abrir el archivo.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete: it is not a readable zip archive.</source>
        <translation>El archivo está dañado o incompleto: no es un archivo zip legible.</translation>
    </message>
    <message>
        <source>The file unpacks to more than %1 MB; it was not read, to keep the library safe from archives made to fill the memory.</source>
        <translation>Descomprimido, el archivo ocupa más de %1 MB; no se ha leído, para proteger la biblioteca de archivos comprimidos diseñados para llenar la memoria.</translation>
    </message>
    <message>
        <source>The file is protected by a password; its text cannot be read.</source>
        <translation>El archivo está protegido con contraseña; no se puede leer su texto.</translation>
    </message>
    <message>
        <source>The file is damaged: part of it cannot be unpacked.</source>
        <translation>El archivo está dañado: una parte no se puede descomprimir.</translation>
    </message>
    <message>
        <source>The file is damaged: its text is not well-formed XML (%1, line %2).</source>
        <translation>El archivo está dañado: su texto no es XML bien formado (%1, línea %2).</translation>
    </message>
    <message>
        <source>This is not %1: the archive has no %2.</source>
        <translation>No es %1: el archivo comprimido no contiene %2.</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un documento de Word</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>un texto OpenDocument</translation>
    </message>
    <message>
        <source>The PDF is damaged or is not a PDF file; its text cannot be read.</source>
        <translation>El PDF está dañado o no es un archivo PDF; no se puede leer su texto.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; its text cannot be read.</source>
        <translation>El PDF está protegido con contraseña; no se puede leer su texto.</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation>No se pudo leer el PDF: %1</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>No se pudo leer el PDF.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>El archivo contiene datos binarios, no texto.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The attachments folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de adjuntos %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. No file was attached.</source>
        <translation>No se puede leer %1: %2. No se adjuntó ningún archivo.</translation>
    </message>
    <message>
        <source>The attachments folder cannot be written: %1. No file was attached.</source>
        <translation>No se puede escribir en la carpeta de adjuntos: %1. No se adjuntó ningún archivo.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the library (is the disk full?): %2. No file was attached.</source>
        <translation>No se pudo copiar %1 en la biblioteca (¿está lleno el disco?): %2. No se adjuntó ningún archivo.</translation>
    </message>
    <message>
        <source>%1 could not be copied into the library: %2. No file was attached.</source>
        <translation>No se pudo copiar %1 en la biblioteca: %2. No se adjuntó ningún archivo.</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2. No file was attached.</source>
        <translation>No se pudo almacenar %1: %2. No se adjuntó ningún archivo.</translation>
    </message>
    <message>
        <source>No file was attached.</source>
        <translation>No se adjuntó ningún archivo.</translation>
    </message>
    <message>
        <source>This attachment is a link, not a file.</source>
        <translation>Este adjunto es un enlace, no un archivo.</translation>
    </message>
    <message>
        <source>The file of “%1” is missing from the library&apos;s attachments folder.</source>
        <translation>El archivo de «%1» no está en la carpeta de adjuntos de la biblioteca.</translation>
    </message>
    <message>
        <source>A copy of %1 could not be made for opening.</source>
        <translation>No se pudo hacer una copia de %1 para abrirla.</translation>
    </message>
    <message>
        <source>%1 could not be written into %2.</source>
        <translation>No se pudo escribir %1 en %2.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Se detuvo la comprobación.</translation>
    </message>
    <message>
        <source>%1: the file is missing.</source>
        <translation>%1: falta el archivo.</translation>
    </message>
    <message>
        <source>%1: the file has changed since it was added (its contents no longer match).</source>
        <translation>%1: el archivo ha cambiado desde que se añadió (su contenido ya no coincide).</translation>
    </message>
    <message>
        <source>This program cannot read the text of attached files.</source>
        <translation>Este programa no puede leer el texto de los archivos adjuntos.</translation>
    </message>
    <message>
        <source>Reading the text of attachments was stopped after %1 of %2 files; the rest will be read next time.</source>
        <translation>Se detuvo la lectura del texto de los adjuntos tras %1 de %2 archivos; el resto se leerá la próxima vez.</translation>
    </message>
    <message>
        <source>%1: the file is missing from the library&apos;s attachments folder.</source>
        <translation>%1: el archivo no está en la carpeta de adjuntos de la biblioteca.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No records are selected.</source>
        <translation>No hay ningún registro seleccionado.</translation>
    </message>
    <message>
        <source>There is no collection %1.</source>
        <translation>No existe la colección %1.</translation>
    </message>
    <message>
        <source>The collection “%1” is in the trash.</source>
        <translation>La colección «%1» está en la papelera.</translation>
    </message>
    <message>
        <source>“%1” is a smart collection: it gathers its records by its saved filter, so records cannot be put in it by hand.</source>
        <translation>«%1» es una colección inteligente: reúne sus registros según su filtro guardado, por lo que no se pueden añadir registros a mano.</translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it before editing it.</source>
        <translation>«%1» está en la papelera; restaure el elemento antes de editarlo.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Records of this kind have no custom field “%1”.</source>
        <translation>Los registros de esta clase no tienen el campo personalizado «%1».</translation>
    </message>
    <message>
        <source>Records of this kind have no field “%1”.</source>
        <translation>Los registros de esta clase no tienen el campo «%1».</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices of %2: %3.</source>
        <translation>«%1» no es una de las opciones de %2: %3.</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>mismo título</translation>
    </message>
    <message>
        <source>titles %1% alike</source>
        <translation>títulos similares al %1 %</translation>
    </message>
    <message>
        <source>same year</source>
        <translation>mismo año</translation>
    </message>
    <message>
        <source>years differ (%1, %2)</source>
        <translation>años distintos (%1, %2)</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>misma organización</translation>
    </message>
    <message>
        <source>same author</source>
        <translation>mismo/a autor/a</translation>
    </message>
    <message>
        <source>Records of type “%1” are not checked for duplicates.</source>
        <translation>Los registros de tipo «%1» no se comprueban en busca de duplicados.</translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation>Se detuvo la búsqueda de duplicados.</translation>
    </message>
    <message>
        <source>This is not a readable %1 file: line %2: %3</source>
        <translation>No es un archivo %1 legible: línea %2: %3</translation>
    </message>
    <message>
        <source>This is not a readable %1 file: %2</source>
        <translation>No es un archivo %1 legible: %2</translation>
    </message>
    <message>
        <source>it holds binary data, not text (an image or a document saved in another format?)</source>
        <translation>contiene datos binarios, no texto (¿una imagen o un documento guardado en otro formato?)</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (save the file as UTF-8 and import it again)</source>
        <translation>el texto no está en UTF-8 (guarde el archivo en UTF-8 e impórtelo de nuevo)</translation>
    </message>
    <message>
        <source>expected a tag such as “TY  - ”, found “%1”</source>
        <translation>se esperaba una etiqueta como «TY  - » y se encontró «%1»</translation>
    </message>
    <message>
        <source>a new record starts before the one above ended with “ER  -”</source>
        <translation>empieza un registro nuevo antes de que el anterior termine con «ER  -»</translation>
    </message>
    <message>
        <source>“%1” appears outside a record (records start with “TY  - ”)</source>
        <translation>«%1» aparece fuera de un registro (los registros empiezan por «TY  - »)</translation>
    </message>
    <message>
        <source>Series or container: %1</source>
        <translation>Serie o publicación contenedora: %1</translation>
    </message>
    <message>
        <source>Edition: %1</source>
        <translation>Edición: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>the file ends inside the record that starts here (no “ER  -” line): it may be cut short</source>
        <translation>el archivo termina dentro del registro que empieza aquí (no hay línea «ER  -»): puede estar truncado</translation>
    </message>
    <message>
        <source>it holds no records (records start with “TY  - ”)</source>
        <translation>no contiene ningún registro (los registros empiezan por «TY  - »)</translation>
    </message>
    <message>
        <source>the entry starting here is not closed: its braces do not balance, or the file is cut short</source>
        <translation>la entrada que empieza aquí no está cerrada: sus llaves no están equilibradas o el archivo está truncado</translation>
    </message>
    <message>
        <source>a quoted value in the entry starting here is not closed</source>
        <translation>un valor entre comillas de la entrada que empieza aquí no está cerrado</translation>
    </message>
    <message>
        <source>the file ends inside the entry starting here</source>
        <translation>el archivo termina dentro de la entrada que empieza aquí</translation>
    </message>
    <message>
        <source>“%1” is neither a value in braces or quotes nor a defined @string</source>
        <translation>«%1» no es un valor entre llaves o comillas ni una @string definida</translation>
    </message>
    <message>
        <source>expected a value, found “%1”</source>
        <translation>se esperaba un valor y se encontró «%1»</translation>
    </message>
    <message>
        <source>“@%1” is not followed by “{”</source>
        <translation>«@%1» no va seguido de «{»</translation>
    </message>
    <message>
        <source>@string needs “name = value”</source>
        <translation>@string necesita «nombre = valor»</translation>
    </message>
    <message>
        <source>the entry starting here is not closed before the next one begins: its braces do not balance</source>
        <translation>la entrada que empieza aquí no se cierra antes de que empiece la siguiente: sus llaves no están equilibradas</translation>
    </message>
    <message>
        <source>expected a field name, found “%1”</source>
        <translation>se esperaba un nombre de campo y se encontró «%1»</translation>
    </message>
    <message>
        <source>the field “%1” has no “=”</source>
        <translation>el campo «%1» no tiene «=»</translation>
    </message>
    <message>
        <source>it holds no entries (entries start with “@type{”)</source>
        <translation>no contiene ninguna entrada (las entradas empiezan por «@type{»)</translation>
    </message>
    <message>
        <source>expected a list of items</source>
        <translation>se esperaba una lista de elementos</translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation>el elemento %1 no es un objeto</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>it holds no items</source>
        <translation>no contiene ningún elemento</translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data.</source>
        <translation>No es un archivo CSV: contiene datos binarios.</translation>
    </message>
    <message>
        <source>This CSV file cannot be read: line %1: a quoted cell is not closed (the file may be cut short).</source>
        <translation>No se puede leer este archivo CSV: línea %1: una celda entre comillas no está cerrada (puede que el archivo esté truncado).</translation>
    </message>
    <message>
        <source>This CSV file is empty.</source>
        <translation>Este archivo CSV está vacío.</translation>
    </message>
    <message>
        <source>The mapping names a column “%1” that this file does not have.</source>
        <translation>La correspondencia menciona una columna «%1» que este archivo no tiene.</translation>
    </message>
    <message>
        <source>No column is mapped to the title; every material needs one.</source>
        <translation>Ninguna columna está asignada al título; todos los materiales necesitan uno.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Se detuvo la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>This is not a readable Praxis library file: line %1: %2. Nothing was imported.</source>
        <translation>No es un archivo de biblioteca de Praxis legible: línea %1: %2. No se importó nada.</translation>
    </message>
    <message>
        <source>This is not a Praxis library file (it has no “format”: “praxis-library”). Nothing was imported.</source>
        <translation>No es un archivo de biblioteca de Praxis (no tiene «format»: «praxis-library»). No se importó nada.</translation>
    </message>
    <message>
        <source>This library file was written by a newer Praxis (version %1). Nothing was imported.</source>
        <translation>Este archivo de biblioteca fue escrito por una versión más reciente de Praxis (versión %1). No se importó nada.</translation>
    </message>
    <message>
        <source>A whole-library file goes into a new, empty library; this one already holds %1 records. Nothing was imported.</source>
        <translation>Un archivo de biblioteca completa se importa en una biblioteca nueva y vacía; esta ya contiene %1 registros. No se importó nada.</translation>
    </message>
    <message>
        <source>Record %1: %2 Nothing was imported.</source>
        <translation>Registro %1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>Se detuvo la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>línea %1 (%2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, ris, bibtex, csl-json, dc or jsonld.</source>
        <translation>Formato desconocido «%1»: use csv, ris, bibtex, csl-json, dc o jsonld.</translation>
    </message>
    <message>
        <source>%1 is not a material.</source>
        <translation>%1 no es un material.</translation>
    </message>
    <message>
        <source>%1 imported, %2 merged into existing records, %3 skipped</source>
        <translation>%1 importados, %2 fusionados con registros existentes, %3 omitidos</translation>
    </message>
    <message>
        <source>Trial run, nothing written: %1.</source>
        <translation>Prueba, no se escribió nada: %1.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported and the library is unchanged.</source>
        <translation>Se detuvo la importación; no se importó nada y la biblioteca no ha cambiado.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>values of fields the library does not have are kept in the notes</source>
        <translation>los valores de campos que la biblioteca no tiene se conservan en las notas</translation>
    </message>
    <message>
        <source>it has no title</source>
        <translation>no tiene título</translation>
    </message>
    <message>
        <source>%1 of this file (%2)</source>
        <translation>%1 de este archivo (%2)</translation>
    </message>
    <message>
        <source>“%1” already in the library (%2)</source>
        <translation>«%1» ya está en la biblioteca (%2)</translation>
    </message>
    <message>
        <source>resembles %1</source>
        <translation>se parece a %1</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 No se importó nada.</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>fusionado con %1</translation>
    </message>
    <message>
        <source>added although it resembles %1</source>
        <translation>añadido aunque se parece a %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was imported.</source>
        <translation>No se pudo guardar la importación: %1 No se importó nada.</translation>
    </message>
    <message>
        <source>A saved filter&apos;s “facets” must be an object of value lists.</source>
        <translation>Las «facets» de un filtro guardado deben ser un objeto de listas de valores.</translation>
    </message>
    <message>
        <source>The saved values of “%1” must be a list.</source>
        <translation>Los valores guardados de «%1» deben ser una lista.</translation>
    </message>
    <message>
        <source>%1 cannot be filtered by “%2”.</source>
        <translation>No se puede filtrar %1 por «%2».</translation>
    </message>
    <message>
        <source>Unknown part field %1.%2.</source>
        <translation>Campo de parte desconocido: %1.%2.</translation>
    </message>
    <message>
        <source>A smart collection cannot include itself.</source>
        <translation>Una colección inteligente no puede incluirse a sí misma.</translation>
    </message>
    <message>
        <source>The smart collection “%1” is a saved search; run it from the search bar.</source>
        <translation>La colección inteligente «%1» es una búsqueda guardada; ejecútela desde la barra de búsqueda.</translation>
    </message>
    <message>
        <source>The smart collection “%1” cannot be read: %2</source>
        <translation>No se puede leer la colección inteligente «%1»: %2</translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>Se canceló el recuento.</translation>
    </message>
    <message>
        <source>Unknown record type “%1”.</source>
        <translation>Tipo de registro desconocido: «%1».</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Un registro no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>Only records of the same kind can be merged.</source>
        <translation>Solo se pueden fusionar registros de la misma clase.</translation>
    </message>
    <message>
        <source>Records in the trash cannot be merged; restore them first.</source>
        <translation>Los registros de la papelera no se pueden fusionar; restáurelos primero.</translation>
    </message>
    <message>
        <source>Merged from “%1”:</source>
        <translation>Datos fusionados de «%1»:</translation>
    </message>
    <message>
        <source>Merged from “%1”: %2: %3</source>
        <translation>Datos fusionados de «%1»: %2: %3</translation>
    </message>
    <message>
        <source>The search ranking could not be registered.</source>
        <translation>No se pudo registrar la clasificación de la búsqueda.</translation>
    </message>
    <message>
        <source>This is not a saved filter (%1).</source>
        <translation>Esto no es un filtro guardado (%1).</translation>
    </message>
    <message>
        <source>no “filter” object</source>
        <translation>sin objeto «filter»</translation>
    </message>
    <message>
        <source>Indexing was stopped.</source>
        <translation>Se detuvo la indexación.</translation>
    </message>
    <message>
        <source>Indexing was stopped; the index is as it was.</source>
        <translation>Se detuvo la indexación; el índice quedó como estaba.</translation>
    </message>
    <message>
        <source>The unfinished backup %1 could not be removed.</source>
        <translation>No se pudo eliminar la copia de seguridad incompleta %1.</translation>
    </message>
    <message>
        <source>No backup is made of a damaged library: it would take the place of good backups. %1</source>
        <translation>No se hacen copias de seguridad de una biblioteca dañada: sustituirían a las copias en buen estado. %1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1 (is the disk read-only?).</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1 (¿el disco es de solo lectura?).</translation>
    </message>
    <message>
        <source>The backup written to %1 did not read back whole; it was removed and no backup was replaced.</source>
        <translation>La copia de seguridad escrita en %1 no se pudo releer completa; se eliminó y no se sustituyó ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The library now holds %1 records; the backup before this one held %2. That backup is kept apart in %3, where it is never rotated away. If records were lost, restore it with  praxis-cli restore &quot;%4&quot;</source>
        <translation>La biblioteca contiene ahora %1 registros; la copia de seguridad anterior a esta contenía %2. Esa copia se conserva aparte en %3, donde nunca se elimina por rotación. Si se perdieron registros, restáurela con  praxis-cli restore &quot;%4&quot;</translation>
    </message>
    <message>
        <source>The change was undone by SQLite after an error; nothing was changed.</source>
        <translation>SQLite deshizo el cambio tras un error; no se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more finding(s)</source>
        <translation>
            <numerusform>%1 y %n problema más</numerusform>
            <numerusform>%1 y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2); Praxis writes nothing more to it.</source>
        <translation>La biblioteca %1 está dañada (%2); Praxis ya no escribe nada en ella.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full; nothing was changed. Free at least %2 MB there and try again.</source>
        <translation>El disco que contiene %1 está lleno; no se ha cambiado nada. Libere al menos %2 MB en él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The library is busy: another program (or another Praxis window) is changing it. Nothing was changed; try again in a moment.</source>
        <translation>La biblioteca está ocupada: otro programa (u otra ventana de Praxis) la está modificando. No se ha cambiado nada; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The library in %1 is read-only (the disk or folder does not allow writing). Nothing was changed.</source>
        <translation>La biblioteca de %1 es de solo lectura (el disco o la carpeta no permiten escribir). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The disk reported an error for the library in %1 (%2).</source>
        <translation>El disco notificó un error en la biblioteca de %1 (%2).</translation>
    </message>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation>No se encontró ninguna copia de seguridad de ella en %1.</translation>
    </message>
    <message>
        <source>The newest backup is %1; restore it with  praxis-cli --library &quot;%2&quot; restore &quot;%1&quot;  or File ▸ Restore from Backup.</source>
        <translation>La copia de seguridad más reciente es %1; restáurela con  praxis-cli --library &quot;%2&quot; restore &quot;%1&quot;  o con Archivo ▸ Restaurar copia de seguridad.</translation>
    </message>
    <message>
        <source>The library in %1 is damaged: %2 Nothing was changed. %3</source>
        <translation>La biblioteca de %1 está dañada: %2 No se ha cambiado nada. %3</translation>
    </message>
    <message>
        <source>its database %1 is empty (0 bytes), though the folder holds its backups or attached files.</source>
        <translation>su base de datos %1 está vacía (0 bytes), aunque la carpeta contiene sus copias de seguridad o sus archivos adjuntos.</translation>
    </message>
    <message>
        <source>its database %1 is missing, though the folder holds its backups or attached files.</source>
        <translation>falta su base de datos %1, aunque la carpeta contiene sus copias de seguridad o sus archivos adjuntos.</translation>
    </message>
    <message>
        <source>its database %1 is empty (0 bytes) but its write-ahead log is not.</source>
        <translation>su base de datos %1 está vacía (0 bytes), pero su archivo de escritura anticipada (WAL) no lo está.</translation>
    </message>
    <message>
        <source>SQLite cannot read its database (%1).</source>
        <translation>SQLite no puede leer su base de datos (%1).</translation>
    </message>
    <message>
        <source>The library %1 must be updated for this version of Praxis, which cannot be done where it is: the disk or folder is read-only. Copy the folder to a place you can write to and open it there.</source>
        <translation>La biblioteca %1 debe actualizarse para esta versión de Praxis, y eso no es posible donde está: el disco o la carpeta son de solo lectura. Copie la carpeta en un lugar donde pueda escribir y ábrala allí.</translation>
    </message>
    <message>
        <source>The library %1 is on a disk or in a folder that allows no writing: it can be browsed, searched and exported, but not changed.</source>
        <translation>La biblioteca %1 está en un disco o una carpeta que no permite escribir: se puede explorar, hacer búsquedas en ella y exportarla, pero no modificarla.</translation>
    </message>
    <message>
        <source>The library is read-only here: it can be browsed, searched and exported, but not changed.</source>
        <translation>Aquí la biblioteca es de solo lectura: se puede explorar, hacer búsquedas en ella y exportarla, pero no modificarla.</translation>
    </message>
    <message>
        <source>found earlier; see %1</source>
        <translation>daño detectado anteriormente; véase %1</translation>
    </message>
    <message>
        <source>No backup was found in %1.</source>
        <translation>No se encontró ninguna copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>Restore the newest backup (%1) with  praxis-cli restore &quot;%1&quot;  or File ▸ Restore from Backup.</source>
        <translation>Restaure la copia de seguridad más reciente (%1) con  praxis-cli restore &quot;%1&quot;  o con Archivo ▸ Restaurar copia de seguridad.</translation>
    </message>
    <message>
        <source>The library in %1 is damaged (%2). Praxis has stopped writing to it so that nothing more is lost; what it holds can still be read and exported (praxis-cli export library --output FILE). %3</source>
        <translation>La biblioteca de %1 está dañada (%2). Praxis ha dejado de escribir en ella para que no se pierda nada más; su contenido todavía se puede leer y exportar (praxis-cli export library --output FILE). %3</translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation>Índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>No se puede abrir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Praxis library (%2).</source>
        <translation>%1 no es una copia de seguridad de una biblioteca de Praxis (%2).</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Praxis library.</source>
        <translation>%1 no es una copia de seguridad de una biblioteca de Praxis.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Praxis; update Praxis to restore it.</source>
        <translation>La copia de seguridad %1 fue escrita por una versión más reciente de Praxis; actualice Praxis para restaurarla.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); it was not restored.</source>
        <translation>La copia de seguridad %1 está dañada (%2); no se restauró.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>No existe el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <source>%1 is the library itself, not a backup of it.</source>
        <translation>%1 es la propia biblioteca, no una copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the library folder: %1 Nothing was changed.</source>
        <translation>No se pudo copiar el archivo de la copia de seguridad en la carpeta de la biblioteca: %1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The copy of the backup did not read back whole. Nothing was changed.</source>
        <translation>La copia del archivo de la copia de seguridad no se pudo releer completa. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Another program has the library in %1 open (a Praxis window, or praxis-cli). Close it and try again. Nothing was changed.</source>
        <translation>Otro programa tiene abierta la biblioteca de %1 (una ventana de Praxis o praxis-cli). Ciérrelo y vuelva a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 could not be moved aside into %2. Nothing was changed.</source>
        <translation>No se pudo mover %1 aparte, a %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The restored library could not be put in place. Nothing was changed.</source>
        <translation>No se pudo poner en su sitio la biblioteca restaurada. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The search index %1 %2 and could not be moved aside.</source>
        <translation>El índice de búsqueda %1 %2 y no se pudo mover aparte.</translation>
    </message>
    <message>
        <source>The search index %1 and was moved aside (%2); a new one is being built from the records, which stay usable meanwhile.</source>
        <translation>El índice de búsqueda %1 y se movió aparte (%2); se está creando uno nuevo a partir de los registros, que mientras tanto siguen siendo utilizables.</translation>
    </message>
    <message>
        <source>was damaged</source>
        <translation>estaba dañado</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>belongs to another program</source>
        <translation>pertenece a otro programa</translation>
    </message>
    <message>
        <source>belongs to another library</source>
        <translation>pertenece a otra biblioteca</translation>
    </message>
    <message>
        <source>The library is read-only and its search index could not be used as it is: searches use an index built in memory.</source>
        <translation>La biblioteca es de solo lectura y su índice de búsqueda no se pudo usar tal como está: las búsquedas usan un índice creado en memoria.</translation>
    </message>
    <message>
        <source>could not be opened</source>
        <translation>no se pudo abrir</translation>
    </message>
    <message numerus="yes">
        <source>The library is read-only and its search index lacks the latest %n change(s): searches may miss them.</source>
        <translation>
            <numerusform>La biblioteca es de solo lectura y a su índice de búsqueda le falta %n cambio reciente: puede que las búsquedas no lo tengan en cuenta.</numerusform>
            <numerusform>La biblioteca es de solo lectura y a su índice de búsqueda le faltan los %n cambios más recientes: puede que las búsquedas no los tengan en cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program is writing to the library; the search index is caught up once it has finished.</source>
        <translation>Otro programa está escribiendo en la biblioteca; el índice de búsqueda se pondrá al día cuando termine.</translation>
    </message>
    <message>
        <source>the index could not catch up with the records: %1</source>
        <translation>el índice no pudo ponerse al día con los registros: %1</translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n record(s) cannot be found by search (for example %1); run  praxis-cli reindex</source>
        <translation>
            <numerusform>Índice de búsqueda: la búsqueda no encuentra %n registro (por ejemplo, %1); ejecute  praxis-cli reindex</numerusform>
            <numerusform>Índice de búsqueda: la búsqueda no encuentra %n registros (por ejemplo, %1); ejecute  praxis-cli reindex</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %n document(s) belong to records that are gone or in the trash; run  praxis-cli reindex</source>
        <translation>
            <numerusform>Índice de búsqueda: %n documento pertenece a un registro que ya no existe o está en la papelera; ejecute  praxis-cli reindex</numerusform>
            <numerusform>Índice de búsqueda: %n documentos pertenecen a registros que ya no existen o están en la papelera; ejecute  praxis-cli reindex</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Author or editor</source>
        <translation>Autor/a o editor/a</translation>
    </message>
    <message>
        <source>Authors and editors</source>
        <translation>Autoría y edición</translation>
    </message>
    <message>
        <source>Organisation of a material</source>
        <translation>Organización de un material</translation>
    </message>
    <message>
        <source>Criteria framework</source>
        <translation>Marco de criterios</translation>
    </message>
    <message>
        <source>Criteria frameworks</source>
        <translation>Marcos de criterios</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Organisation of a case</source>
        <translation>Organización de un caso</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Criterion assessment</source>
        <translation>Valoración de un criterio</translation>
    </message>
    <message>
        <source>Criteria assessment</source>
        <translation>Valoración de criterios</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Diálogos</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Phases and weeks</source>
        <translation>Fases y semanas</translation>
    </message>
    <message>
        <source>Key question</source>
        <translation>Pregunta clave</translation>
    </message>
    <message>
        <source>Key questions</source>
        <translation>Preguntas clave</translation>
    </message>
    <message>
        <source>Webinar session</source>
        <translation>Sesión de seminario web</translation>
    </message>
    <message>
        <source>Webinar sessions</source>
        <translation>Seminarios web</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Etiquetado</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Etiquetados</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Collection entry</source>
        <translation>Entrada de colección</translation>
    </message>
    <message>
        <source>Collection entries</source>
        <translation>Entradas de colección</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation>Valor de campo personalizado</translation>
    </message>
    <message>
        <source>Custom field values</source>
        <translation>Valores de campos personalizados</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Tiene</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Knowledge base for communities of practice in training for gender equality</source>
        <translation>Base de conocimientos para comunidades de práctica en capacitación para la igualdad de género</translation>
    </message>
    <message>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>Abrir la biblioteca de &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Start in &lt;section&gt; (materials, dialogues, …).</source>
        <translation>Empezar en &lt;section&gt; (materials, dialogues, …).</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Guardar una imagen de la ventana en &lt;file&gt; cuando se muestre, y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Praxis cannot open the library</source>
        <translation>Praxis no puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>Open the record with this &lt;id&gt;.</source>
        <translation>Abrir el registro con este &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start with a search for &lt;query&gt;.</source>
        <translation>Empezar buscando &lt;query&gt;.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>Restore the Newest Backup…</source>
        <translation>Restaurar la copia de seguridad más reciente…</translation>
    </message>
</context>
<context>
    <name>praxis-cli</name>
    <message>
        <source>No JSON given: pass it with --json or on standard input.</source>
        <translation>No se ha proporcionado JSON: páselo con --json o por la entrada estándar.</translation>
    </message>
</context>
<context>
    <name>praxis::app::LibrarySession</name>
    <message>
        <source>this build of Praxis has no sample library.</source>
        <translation>esta compilación de Praxis no incluye la biblioteca de ejemplo.</translation>
    </message>
    <message>
        <source>Sample library</source>
        <translation>Biblioteca de ejemplo</translation>
    </message>
    <message>
        <source>The sample records could not be added: %1</source>
        <translation>No se pudieron añadir los registros de ejemplo: %1</translation>
    </message>
    <message>
        <source>Created a new, empty library in %1</source>
        <translation>Se creó una biblioteca nueva y vacía en %1</translation>
    </message>
    <message>
        <source>Praxis cannot open the library</source>
        <translation>Praxis no puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Put %1 in the place of the library in %2?

The library as it is now is not deleted: its files are moved into a folder in backups/. Changes made since that backup will not be in the restored library.</source>
        <translation>¿Poner %1 en lugar de la biblioteca de %2?

La biblioteca en su estado actual no se elimina: sus archivos se mueven a una carpeta dentro de backups/. Los cambios hechos desde esa copia de seguridad no estarán en la biblioteca restaurada.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The library now holds the %1 records of the backup. The files it replaced are kept in %2.</source>
        <translation>La biblioteca contiene ahora los %1 registros de la copia de seguridad. Los archivos que sustituyó se conservan en %2.</translation>
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
Qt %2 (compilado con %3)
SQLite %4 (búsqueda de texto completo: %5)
Resaltado de Markdown: %6</translation>
    </message>
    <message>
        <source>FTS5</source>
        <translation>FTS5</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>About Praxis</source>
        <translation>Acerca de Praxis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Praxis&lt;/h2&gt;&lt;p&gt;A knowledge base for communities of practice in training for gender equality: training materials, good-practice cases and their coding, and the archives of dialogues and meetings.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Praxis&lt;/h2&gt;&lt;p&gt;Una base de conocimientos para comunidades de práctica en capacitación para la igualdad de género: materiales de capacitación, casos de buenas prácticas y su codificación, y los archivos de diálogos y reuniones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>praxis::ui::AttachmentCheckDialog</name>
    <message>
        <source>Check Attachments</source>
        <translation>Comprobar adjuntos</translation>
    </message>
    <message>
        <source>Checks that every attached file is in the library&apos;s attachments folder, unchanged since it was added.</source>
        <translation>Comprueba que cada archivo adjunto esté en la carpeta de adjuntos de la biblioteca, sin cambios desde que se añadió.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Open Record</source>
        <translation>&amp;Abrir registro</translation>
    </message>
    <message>
        <source>Show the record the file is attached to</source>
        <translation>Mostrar el registro al que está adjunto el archivo</translation>
    </message>
    <message>
        <source>Checking the attached files…</source>
        <translation>Comprobando los archivos adjuntos…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 attachments…</source>
        <translation>Comprobados %1 de %2 adjuntos…</translation>
    </message>
    <message>
        <source>Missing from the attachments folder</source>
        <translation>Falta en la carpeta de adjuntos</translation>
    </message>
    <message>
        <source>Changed since it was added (the contents no longer match)</source>
        <translation>Ha cambiado desde que se añadió (el contenido ya no coincide)</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>Stopped before every file was checked.</source>
        <translation>Se detuvo antes de comprobar todos los archivos.</translation>
    </message>
    <message>
        <source>The attachments could not be checked: %1</source>
        <translation>No se pudieron comprobar los adjuntos: %1</translation>
    </message>
    <message>
        <source>Every attached file is present and unchanged.</source>
        <translation>Todos los archivos adjuntos están presentes y sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Open a record to attach its file again, or remove the attachment.</source>
        <translation>
            <numerusform>Se encontró %n problema. Abra el registro para volver a adjuntar su archivo o quite el adjunto.</numerusform>
            <numerusform>Se encontraron %n problemas. Abra un registro para volver a adjuntar su archivo o quite el adjunto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::AttachmentTextStatus</name>
    <message>
        <source>Reading the text of attachments was stopped; the rest is read when files are next attached or Praxis next starts.</source>
        <translation>Se detuvo la lectura del texto de los adjuntos; el resto se leerá la próxima vez que se adjunten archivos o se inicie Praxis.</translation>
    </message>
    <message>
        <source>The text of attachments could not be read for search: %1</source>
        <translation>No se pudo leer el texto de los adjuntos para la búsqueda: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read the text of %n attached file(s) for search.</source>
        <translation>
            <numerusform>Se leyó el texto de %n archivo adjunto para la búsqueda.</numerusform>
            <numerusform>Se leyó el texto de %n archivos adjuntos para la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (damaged or protected).</source>
        <translation>
            <numerusform>%n no se pudo leer (dañado o protegido).</numerusform>
            <numerusform>%n no se pudieron leer (dañados o protegidos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing: Tools ▸ Check Attachments lists them.</source>
        <translation>
            <numerusform>Falta %n archivo: Herramientas ▸ Comprobar adjuntos lo muestra.</numerusform>
            <numerusform>Faltan %n archivos: Herramientas ▸ Comprobar adjuntos los enumera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading attachments…</source>
        <translation>Leyendo adjuntos…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop reading the text of attached files (the rest is read next time)</source>
        <translation>Dejar de leer el texto de los archivos adjuntos (el resto se leerá la próxima vez)</translation>
    </message>
    <message>
        <source>Reading attachments for search: %1 of %2</source>
        <translation>Leyendo adjuntos para la búsqueda: %1 de %2</translation>
    </message>
</context>
<context>
    <name>praxis::ui::AttachmentsPanel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>File or link</source>
        <translation>Archivo o enlace</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Suelte aquí los archivos para adjuntarlos.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add Link…</source>
        <translation>Añadir enlace…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Adjuntar %n archivo</numerusform>
            <numerusform>Adjuntar %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Añadir enlace</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Dirección (https://…):</translation>
    </message>
    <message>
        <source>Attach link</source>
        <translation>Adjuntar enlace</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>No hay ninguna aplicación configurada para abrir %1.</translation>
    </message>
    <message>
        <source>Export Attachment To</source>
        <translation>Exportar adjunto a</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
</context>
<context>
    <name>praxis::ui::BulkEditDialog</name>
    <message>
        <source>Bulk Edit</source>
        <translation>Edición en bloque</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected record(s) at once. Undo takes the whole change back.</source>
        <translation>
            <numerusform>Cambiar %n registro seleccionado en una sola operación. Deshacer revierte todo el cambio.</numerusform>
            <numerusform>Cambiar %n registros seleccionados en una sola operación. Deshacer revierte todo el cambio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (custom field)</source>
        <translation>%1 (campo personalizado)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Sustituir por</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change %n Record(s)</source>
        <translation>
            <numerusform>&amp;Cambiar %n registro</numerusform>
            <numerusform>&amp;Cambiar %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no tags yet: add one under Tags &amp; Collections first.</source>
        <translation>Todavía no hay etiquetas: añada primero una en Etiquetas y colecciones.</translation>
    </message>
    <message>
        <source>Enter the value first, or choose Clear.</source>
        <translation>Introduzca primero el valor o elija Vaciar.</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n record(s)</source>
        <translation>
            <numerusform>Cambiar %1 de %n registro</numerusform>
            <numerusform>Cambiar %1 de %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::CollectionActions</name>
    <message>
        <source>Records can be dropped on a tag or a collection only.</source>
        <translation>Los registros solo se pueden soltar sobre una etiqueta o una colección.</translation>
    </message>
    <message>
        <source>Every record dropped already has the tag “%1”.</source>
        <translation>Todos los registros soltados ya tienen la etiqueta «%1».</translation>
    </message>
    <message>
        <source>Every record dropped is already in “%1”.</source>
        <translation>Todos los registros soltados ya están en «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n record(s) “%1”</source>
        <translation>
            <numerusform>Etiquetar %n registro con «%1»</numerusform>
            <numerusform>Etiquetar %n registros con «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n record(s) in “%1”</source>
        <translation>
            <numerusform>Poner %n registro en «%1»</numerusform>
            <numerusform>Poner %n registros en «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation>Nueva etiqueta «%1»</translation>
    </message>
    <message>
        <source>New collection “%1”</source>
        <translation>Nueva colección «%1»</translation>
    </message>
    <message>
        <source>The filter is empty: a smart collection needs at least one value to keep.</source>
        <translation>El filtro está vacío: una colección inteligente necesita al menos un valor que conservar.</translation>
    </message>
    <message>
        <source>New smart collection “%1”</source>
        <translation>Nueva colección inteligente «%1»</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Color de «%1»</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Cambiar el nombre de «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a saved filter.</source>
        <translation>«%1» no es un filtro guardado.</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
    <message>
        <source>New Tag Inside…</source>
        <translation>Nueva subetiqueta…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <source>New Collection Inside…</source>
        <translation>Nueva subcolección…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Name of the tag:</source>
        <translation>Nombre de la etiqueta:</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Nombre de la colección:</translation>
    </message>
    <message>
        <source>Drag records from a table onto “%1” to put them in it.</source>
        <translation>Arrastre registros de una tabla hasta «%1» para ponerlos en ella.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mover «%1» a la papelera</translation>
    </message>
    <message>
        <source>“%1” is in the trash; Undo brings it back.</source>
        <translation>«%1» está en la papelera; Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Save as Smart Collection</source>
        <translation>Guardar como colección inteligente</translation>
    </message>
    <message>
        <source>Name of the smart collection (it keeps the filter and stays up to date):</source>
        <translation>Nombre de la colección inteligente (conserva el filtro y se mantiene actualizada):</translation>
    </message>
    <message>
        <source>Saved the filter as “%1” under Collections.</source>
        <translation>El filtro se guardó como «%1» en Colecciones.</translation>
    </message>
</context>
<context>
    <name>praxis::ui::DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This %1 looks like one already in the library:</source>
        <translation>Este registro (%1) se parece a uno que ya está en la biblioteca:</translation>
    </message>
    <message>
        <source>This %1 looks like %2 already in the library:</source>
        <translation>Este registro (%1) se parece a %2 registros que ya están en la biblioteca:</translation>
    </message>
    <message>
        <source>%1 — %2% alike (%3)</source>
        <translation>%1 — similitud del %2 % (%3)</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>&amp;Añadir de todos modos</translation>
    </message>
    <message>
        <source>Discard, &amp;Show Existing</source>
        <translation>Descartar y &amp;mostrar el existente</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>praxis::ui::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>Look among:</source>
        <translation>Buscar entre:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Choose the kind of record and press Find.</source>
        <translation>Elija la clase de registro y pulse Buscar.</translation>
    </message>
    <message>
        <source>Merge into &amp;Record</source>
        <translation>Fusionar en el &amp;registro</translation>
    </message>
    <message>
        <source>Keep the record on the left; the other one goes to the trash after its values, parts and links are moved over.</source>
        <translation>Conservar el registro de la izquierda; el otro va a la papelera después de trasladar sus valores, partes y vínculos.</translation>
    </message>
    <message>
        <source>Merge into &amp;Duplicate</source>
        <translation>Fusionar en el &amp;duplicado</translation>
    </message>
    <message>
        <source>Keep the record on the right; the other one goes to the trash after its values, parts and links are moved over.</source>
        <translation>Conservar el registro de la derecha; el otro va a la papelera después de trasladar sus valores, partes y vínculos.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>Compared %1 of %2 records…</source>
        <translation>Comparados %1 de %2 registros…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Detenido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>No se pudieron buscar duplicados: %1</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>No se encontraron duplicados probables.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely pair(s). Double-click a title to open it; merging can be undone.</source>
        <translation>
            <numerusform>%n par probable. Haga doble clic en un título para abrirlo; la fusión se puede deshacer.</numerusform>
            <numerusform>%n pares probables. Haga doble clic en un título para abrirlo; la fusión se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>The records were not merged: %1
Both are unchanged.</source>
        <translation>Los registros no se fusionaron: %1
Ninguno de los dos ha cambiado.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionar «%1» con «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1” into “%2”: %n part(s) and link(s) moved; the other record is in the trash.</source>
        <translation>
            <numerusform>«%1» se fusionó con «%2»: se trasladó %n parte o vínculo; el otro registro está en la papelera.</numerusform>
            <numerusform>«%1» se fusionó con «%2»: se trasladaron %n partes y vínculos; el otro registro está en la papelera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hojas de cálculo)</translation>
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
        <translation>Biblioteca completa (JSON de Praxis)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected material(s)</source>
        <translation>
            <numerusform>%n material seleccionado</numerusform>
            <numerusform>Los %n materiales seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>All materials</source>
        <translation>Todos los materiales</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Se guardó %1 (%2).</translation>
    </message>
</context>
<context>
    <name>praxis::ui::FieldEditor</name>
    <message>
        <source>Type to find…</source>
        <translation>Escriba para buscar…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM, e.g. 2016-09-06T09:00-04:00</source>
        <translation>AAAA-MM-DDTHH:MM, p. ej. 2016-09-06T09:00-04:00</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>Codes separated by commas, e.g. en, es, fr</source>
        <translation>Códigos separados por comas, p. ej. en, es, fr</translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation>Separe las entradas con comas</translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1 (en la papelera)</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # heading, - list</source>
        <translation>Markdown: **negrita**, *cursiva*, # título, - lista</translation>
    </message>
    <message>
        <source>From %1 to %2; leave empty when unknown</source>
        <translation>De %1 a %2; déjelo vacío si no se sabe</translation>
    </message>
    <message>
        <source>A whole number; leave empty when unknown</source>
        <translation>Un número entero; déjelo vacío si no se sabe</translation>
    </message>
    <message>
        <source>Codes separated by commas, e.g. BO, GT, MX</source>
        <translation>Códigos separados por comas, p. ej. BO, GT, MX</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2016, 2016-09 or 2016-09-06.</source>
        <translation>«%1» no es una fecha: escriba 2016, 2016-09 o 2016-09-06.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time: write 2016-09-06T09:00, with the time zone if known.</source>
        <translation>«%1» no es una fecha y hora: escriba 2016-09-06T09:00, con la zona horaria si se conoce.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: it starts with https:// or similar.</source>
        <translation>«%1» no es una dirección web: empieza por https:// o similar.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>No record is called “%1”: choose one from the list.</source>
        <translation>Ningún registro se llama «%1»: elija uno de la lista.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show the Markdown as it will read (Ctrl+Shift+P in the text)</source>
        <translation>Mostrar el Markdown tal como se leerá (Ctrl+Shift+P en el texto)</translation>
    </message>
    <message>
        <source>No record is called “%1”: choose one from the list, or add it with the button at the end of the field.</source>
        <translation>Ningún registro se llama «%1»: elija uno de la lista o añádalo con el botón al final del campo.</translation>
    </message>
    <message>
        <source>Add %1 “%2” to the library</source>
        <translation>Añadir «%2» a la biblioteca (%1)</translation>
    </message>
</context>
<context>
    <name>praxis::ui::FilterPanel</name>
    <message>
        <source>&lt;b&gt;Filter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filtro&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Show every record again</source>
        <translation>Volver a mostrar todos los registros</translation>
    </message>
    <message>
        <source>Show records from outside the collection too</source>
        <translation>Mostrar también registros de fuera de la colección</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Save as Smart Collection…</source>
        <translation>Guardar como colección inteligente…</translation>
    </message>
    <message>
        <source>Keep this filter in the sidebar under Collections; it stays up to date as records change.</source>
        <translation>Conservar este filtro en la barra lateral, en Colecciones; se mantiene actualizado a medida que cambian los registros.</translation>
    </message>
    <message>
        <source>The counts could not be taken: %1</source>
        <translation>No se pudieron hacer los recuentos: %1</translation>
    </message>
    <message>
        <source>In the collection &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>En la colección &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>Mostrar todos (%n)…</numerusform>
            <numerusform>Mostrar los %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 chosen)</source>
        <translation>%1 (selección: %2)</translation>
    </message>
    <message>
        <source>Years in the list: %1–%2</source>
        <translation>Años de la lista: %1–%2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>praxis::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Correspondencia guardada:</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Guardar correspondencia…</translation>
    </message>
    <message>
        <source>Which field each column fills:</source>
        <translation>Qué campo rellena cada columna:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Campo de destino</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Preview of the records as they will be imported:</source>
        <translation>Vista previa de los registros tal como se importarán:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Personas y organizaciones</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <source>Merge them into the existing record</source>
        <translation>Fusionarlos con el registro existente</translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation>Añadirlos de todos modos</translation>
    </message>
    <message>
        <source>Records that resemble existing ones:</source>
        <translation>Registros que se parecen a otros existentes:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file Praxis can import: CSV, RIS, BibTeX, CSL-JSON or a Praxis library file. Nothing was imported.</source>
        <translation>%1 no es un archivo que Praxis pueda importar: CSV, RIS, BibTeX, CSL-JSON o un archivo de biblioteca de Praxis. No se importó nada.</translation>
    </message>
    <message>
        <source>A whole Praxis library. It goes into an empty library with every record, link and id.</source>
        <translation>Una biblioteca de Praxis completa. Se importa en una biblioteca vacía con todos sus registros, vínculos e identificadores.</translation>
    </message>
    <message>
        <source>(as detected)</source>
        <translation>(detección automática)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1 (%2).</source>
        <translation>
            <numerusform>%n registro en %1 (%2).</numerusform>
            <numerusform>%n registros en %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1: %2, delimiter “%3”.</source>
        <translation>
            <numerusform>%n fila en %1: %2, delimitador «%3».</numerusform>
            <numerusform>%n filas en %1: %2, delimitador «%3».</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Guardar correspondencia</translation>
    </message>
    <message>
        <source>Name of this mapping:</source>
        <translation>Nombre de esta correspondencia:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported; the library is unchanged.</source>
        <translation>Se detuvo la importación. No se importó nada; la biblioteca no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n registro importado.</numerusform>
            <numerusform>%n registros importados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::ImportReportDialog</name>
    <message>
        <source>Import of %1</source>
        <translation>Importación de %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar informe</translation>
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
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Hacer &amp;copia de seguridad</translation>
    </message>
    <message>
        <source>Remove Sample &amp;Data…</source>
        <translation>Quitar datos de &amp;ejemplo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Restaurar de la papelera</translation>
    </message>
    <message>
        <source>Delete &amp;Permanently…</source>
        <translation>Eliminar &amp;definitivamente…</translation>
    </message>
    <message>
        <source>&amp;About Praxis</source>
        <translation>&amp;Acerca de Praxis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The record you were editing could not be saved; your changes are still in the form.</source>
        <translation>No se pudo guardar el registro que estaba editando; sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <source>Choose a section first: new records go into the section shown.</source>
        <translation>Elija primero una sección: los registros nuevos se crean en la sección visible.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>La copia de seguridad programada falló: %1</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>Abrir o crear una biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>%n registro en la papelera</numerusform>
            <numerusform>%n registros en la papelera</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to the record you are editing?</source>
        <translation>¿Guardar los cambios del registro que está editando?</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F): words, &quot;phrases&quot;, -not, prefix*, lang:es, year:2010..2016</source>
        <translation>Buscar en todo (Ctrl+F): palabras, &quot;frases&quot;, -excluir, prefijo*, lang:es, year:2010..2016</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Indexing for search… %1 of %2</source>
        <translation>Indexando para la búsqueda… %1 de %2</translation>
    </message>
    <message>
        <source>Search index up to date</source>
        <translation>Índice de búsqueda al día</translation>
    </message>
    <message>
        <source>Save search “%1”</source>
        <translation>Guardar la búsqueda «%1»</translation>
    </message>
    <message>
        <source>The folder of this library</source>
        <translation>La carpeta de esta biblioteca</translation>
    </message>
    <message>
        <source>Scheduled backup written to %1</source>
        <translation>Copia de seguridad programada guardada en %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>No %1 yet. File ▸ New Record (%2) adds one.</source>
        <translation>Todavía no hay %1. Archivo ▸ Nuevo registro (%2) añade uno.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Edición en bloque…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>&amp;Filter Panel</source>
        <translation>Panel de &amp;filtros</translation>
    </message>
    <message>
        <source>Check &amp;Attachments…</source>
        <translation>Comprobar &amp;adjuntos…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>No record has this tag yet. Drag rows from a table onto the tag to give it to them.</source>
        <translation>Ningún registro tiene esta etiqueta todavía. Arrastre filas de una tabla hasta la etiqueta para asignársela.</translation>
    </message>
    <message>
        <source>No record matches this smart collection now.</source>
        <translation>Ningún registro coincide ahora con esta colección inteligente.</translation>
    </message>
    <message>
        <source>This collection is empty. Drag rows from a table onto it to add them.</source>
        <translation>Esta colección está vacía. Arrastre filas de una tabla hasta ella para añadirlas.</translation>
    </message>
    <message>
        <source>Saved “%1” as a smart collection; choose it under Collections in the sidebar to run it again.</source>
        <translation>«%1» se guardó como colección inteligente; elíjala en Colecciones, en la barra lateral, para volver a ejecutarla.</translation>
    </message>
    <message>
        <source>Not added yet: the record resembles one already in the library.</source>
        <translation>Todavía no se ha añadido: el registro se parece a uno que ya está en la biblioteca.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Catalogue files (*.csv *.tsv *.txt *.ris *.bib *.json);;All files (*)</source>
        <translation>Archivos de catálogo (*.csv *.tsv *.txt *.ris *.bib *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Select the records to change first (Shift or Ctrl with the mouse selects several).</source>
        <translation>Seleccione primero los registros que quiere cambiar (Shift o Ctrl con el ratón selecciona varios).</translation>
    </message>
    <message>
        <source>The library holds far fewer records than before</source>
        <translation>La biblioteca contiene muchos menos registros que antes</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Damaged: changes are not saved</source>
        <translation>Dañada: los cambios no se guardan</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>La biblioteca está dañada</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>praxis::ui::PartsPanel</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Move the selected %1 to the trash</source>
        <translation>Mover a la papelera el elemento seleccionado (%1)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mover «%1» a la papelera</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>Reordenar: %1</translation>
    </message>
</context>
<context>
    <name>praxis::ui::RecordActions</name>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mover «%1» a la papelera</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Undo brings it back.</source>
        <translation>«%1» se movió a la papelera. Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>Restaurar de la papelera</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete “%1” and its parts for good? This cannot be undone.</source>
        <translation>¿Eliminar «%1» y sus partes definitivamente? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Quitar los datos de ejemplo</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n sample record(s) for good? Your own records stay.</source>
        <translation>
            <numerusform>¿Quitar definitivamente %n registro de ejemplo? Sus propios registros se conservan.</numerusform>
            <numerusform>¿Quitar definitivamente los %n registros de ejemplo? Sus propios registros se conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample record(s).</source>
        <translation>
            <numerusform>Se quitó %n registro de ejemplo.</numerusform>
            <numerusform>Se quitaron %n registros de ejemplo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>praxis::ui::RecordForm</name>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Select a record to see and edit it.</source>
        <translation>Seleccione un registro para verlo y editarlo.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo registro: %1</translation>
    </message>
    <message>
        <source>This record is in the trash. Restore it from the Trash to edit it.</source>
        <translation>Este registro está en la papelera. Restáurelo desde la Papelera para editarlo.</translation>
    </message>
    <message>
        <source>Part of the sample library. File ▸ Remove sample data takes all sample records out.</source>
        <translation>Forma parte de la biblioteca de ejemplo. Archivo ▸ Quitar datos de ejemplo retira todos los registros de ejemplo.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Custom field “%1” (%2)</source>
        <translation>Campo personalizado «%1» (%2)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Set %1 of “%2”</source>
        <translation>Establecer %1 de «%2»</translation>
    </message>
</context>
<context>
    <name>praxis::ui::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Part of the sample library</source>
        <translation>Forma parte de la biblioteca de ejemplo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Movido a la papelera</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>praxis::ui::RestoreBackupDialog</name>
    <message>
        <source>Made on request</source>
        <translation>Creada a petición</translation>
    </message>
    <message>
        <source>Made on schedule</source>
        <translation>Creada según la programación</translation>
    </message>
    <message>
        <source>Made before an update of the library</source>
        <translation>Creada antes de una actualización de la biblioteca</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to put in the library&apos;s place. The library as it is now is not deleted: its files are moved into a folder in backups/, from where they can be brought back.</source>
        <translation>Elija la copia de seguridad que ocupará el lugar de la biblioteca. La biblioteca en su estado actual no se elimina: sus archivos se mueven a una carpeta dentro de backups/, desde donde se pueden recuperar.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>%1 (kept apart)</source>
        <translation>%1 (conservada aparte)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>This library has no backups yet (File ▸ Back Up Now makes one).</source>
        <translation>Esta biblioteca todavía no tiene copias de seguridad (Archivo ▸ Hacer copia de seguridad crea una).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1.</source>
        <translation>
            <numerusform>%n copia de seguridad en %1.</numerusform>
            <numerusform>%n copias de seguridad en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>the backup of %1 (%2 records)</source>
        <translation>la copia de seguridad del %1 (%2 registros)</translation>
    </message>
</context>
<context>
    <name>praxis::ui::SearchController</name>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
</context>
<context>
    <name>praxis::ui::SearchPanel</name>
    <message>
        <source>Save as Collection</source>
        <translation>Guardar como colección</translation>
    </message>
    <message>
        <source>Keep this search as a smart collection that always shows its current results</source>
        <translation>Guardar esta búsqueda como colección inteligente que siempre muestra sus resultados actuales</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>More than %1 records match “%2”; the best of the newest %1 are shown first.</source>
        <translation>Más de %1 registros coinciden con «%2»; se muestran primero los mejores de los %1 más recientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match “%1”.</source>
        <translation>
            <numerusform>%n registro coincide con «%1».</numerusform>
            <numerusform>%n registros coinciden con «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the search</source>
        <translation>Añadir %1 a la búsqueda</translation>
    </message>
</context>
<context>
    <name>praxis::ui::SectionTable</name>
    <message>
        <source>Records moved to the trash stay here, with their parts, until you delete them permanently.</source>
        <translation>Los registros movidos a la papelera quedan aquí, con sus partes, hasta que los elimine definitivamente.</translation>
    </message>
    <message>
        <source>%1 of %2 %3 match the filter</source>
        <translation>%1 de %2 %3 coinciden con el filtro</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Columnas predeterminadas</translation>
    </message>
</context>
</TS>
