-- JSON documents as plain text on H2 (issue 17): H2 keeps a CHARACTER LARGE OBJECT of more than a few hundred
-- bytes in its separate LOB storage, which made every append and read of an event or snapshot several times
-- dearer than the row itself. ${json_type} is now CHARACTER VARYING on H2 and still json on PostgreSQL, where
-- this changes nothing. A fresh database got the new type in V1 already.
ALTER TABLE events ALTER COLUMN payload SET DATA TYPE ${json_type};
ALTER TABLE snapshots ALTER COLUMN state SET DATA TYPE ${json_type};
