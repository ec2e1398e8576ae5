// Jest stand-in for imported CSS files (see the client project in jest.config.js).
export default {};
