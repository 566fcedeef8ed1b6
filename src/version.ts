/** The package version, compared by the registration guard when a page loads two copies. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
