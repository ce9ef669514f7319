// Screens, the offline store, the write queue and conflict handling, in jest-expo's React Native
// environment. The e2e/ folder is Playwright's (the web build in Chromium), not Jest's.
module.exports = {
  preset: "jest-expo",
  setupFiles: ["./src/test/setup.ts"],
  // A screen's first render loads (and, with a cold cache, transforms) much of React Native
  // inside the test itself: on a 2-core machine that alone can pass jest's default 5 s.
  testTimeout: 30_000,
  testPathIgnorePatterns: ["/node_modules/", "/e2e/", "/dist/"],
  transformIgnorePatterns: [
    "node_modules/(?!((jest-)?react-native|@react-native(-community)?|expo(nent)?|@expo(nent)?/.*|@expo-google-fonts/.*|react-navigation|@react-navigation/.*|graphql-ws|@graphql-typed-document-node/.*))",
  ],
};
