-- The guidance disclaimer the employer prints on every role profile form, as written.
alter table framework add column guidance text;
