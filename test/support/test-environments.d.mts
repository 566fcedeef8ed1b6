export declare const NODE_TEST_DIRS: string[];
export declare const BROWSER_TEST_GLOBS: string[];
export declare function nodeTestFiles(root?: string): string[];
