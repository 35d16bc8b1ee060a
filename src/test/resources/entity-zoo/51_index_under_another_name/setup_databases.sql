-- An explicitly named index the database has under another name (same columns): a warning, as on the
-- SQL side; an index the mapping leaves unnamed may have any name
CREATE TABLE shipment (
    id           bigint PRIMARY KEY,
    carrier      varchar(40),
    tracking_no  varchar(60),
    shipped_on   date
);
CREATE INDEX shipment_carrier_idx ON shipment (carrier);
CREATE INDEX idx_shipment_tracking ON shipment (tracking_no);
CREATE INDEX shipment_shipped_on_idx ON shipment (shipped_on);
