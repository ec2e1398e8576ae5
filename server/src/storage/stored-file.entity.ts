import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file kept in PostgreSQL (the default FileStorage): its bytes are the rows of
 * stored_file_chunks, written as the upload arrives. `complete` is set once the last chunk is in:
 * a file whose upload stopped half-way is never served, and housekeeping removes it.
 */
@Entity('stored_files')
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** the name the services use, e.g. `documents/ab/<uuid>` or `coats-of-arms/<municipality>/<uuid>.png` */
  @Index({ unique: true })
  @Column('text')
  key: string;

  @Column('bigint', { default: 0 })
  size: string;

  @Column('boolean', { default: false })
  complete: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One piece (at most STORED_CHUNK_BYTES) of a stored file, `n` counting from 0. */
@Entity('stored_file_chunks')
export class StoredFileChunk {
  @PrimaryColumn('uuid')
  fileId: string;

  @ManyToOne(() => StoredFile, { onDelete: 'CASCADE' })
  file?: StoredFile;

  @PrimaryColumn('int')
  n: number;

  @Column('bytea')
  data: Buffer;
}
