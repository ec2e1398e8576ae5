import { isDatabaseUnavailable } from './unavailable';

describe('isDatabaseUnavailable', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  test.each([
    ['connection refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['connection reset', withCode('ECONNRESET')],
    ['both addresses refused (AggregateError)', Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), { code: 'ECONNREFUSED' })],
    ['admin shutdown 57P01', withCode('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown 57P02', withCode('57P02')],
    ['shutting down 57P03', withCode('57P03', 'the database system is shutting down')],
    ['connection exception class 08', withCode('08006')],
    ['too many connections', withCode('53300')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['terminated mid-query', new Error('Connection terminated unexpectedly')],
    ['database closed to connections', withCode('55000', 'database "sabor" is not currently accepting connections')],
    ['wrapped by TypeORM', Object.assign(new Error('Query failed'), { driverError: withCode('57P01') })],
  ])('%s is an outage', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test.each([
    ['unique violation', withCode('23505')],
    ['invalid text (NUL byte)', withCode('22021')],
    ['numeric out of range', withCode('22003')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('%s is not', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
