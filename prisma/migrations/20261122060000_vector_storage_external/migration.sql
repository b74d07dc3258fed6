-- Vectors are float32 noise to a compressor: storing them uncompressed (but still out of line)
-- spares Postgres a futile compression attempt per row and roughly doubles bulk insert speed.
ALTER TABLE "VectorEntry" ALTER COLUMN "values" SET STORAGE EXTERNAL;
