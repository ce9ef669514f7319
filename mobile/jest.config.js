// Screens, the offline store, the write queue and conflict handling, in jest-expo's React Native
// environment. The e2e/ folder is Playwright's (the web build in Chromium), not Jest's.
module.exports = {
  preset: "jest-expo",
  setupFiles: ["./src/test/setup.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/e2e/", "/dist/"],
  transformIgnorePatterns: [
    "node_modules/(?!((jest-)?react-native|@react-native(-community)?|expo(nent)?|@expo(nent)?/.*|@expo-google-fonts/.*|react-navigation|@react-navigation/.*|graphql-ws|@graphql-typed-document-node/.*))",
  ],
};
