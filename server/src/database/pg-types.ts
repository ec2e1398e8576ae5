import { types } from 'pg';

/**
 * A calendar date (DATE, oid 1082) stays the text 'YYYY-MM-DD': turned into a JS Date it would
 * become midnight in the server's time zone, a day off in some. Raw queries and TypeORM entities
 * then agree. Imported for its effect by the data source and the queue.
 */
types.setTypeParser(1082, (value: string) => value);
