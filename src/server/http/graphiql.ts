import path from 'node:path';

import { Response, Router } from 'express';

import { contentSecurityPolicy } from './security-headers';

/** GraphiQL, served from the installed packages: many company and authority networks have no internet. */
export function graphiqlRouter(endpoint: string): Router {
  const router = Router();
  const asset = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  const assets: Record<string, string> = {
    'react.js': asset('react', 'umd/react.production.min.js'),
    'react-dom.js': asset('react-dom', 'umd/react-dom.production.min.js'),
    'graphiql.js': asset('graphiql', 'graphiql.min.js'),
    'graphiql.css': asset('graphiql', 'graphiql.min.css'),
  };
  router.get('/graphiql/assets/:file', (req, res) => {
    const file = Object.hasOwn(assets, req.params.file) ? assets[req.params.file] : undefined;
    if (!file) return void res.status(404).json({ errors: [{ message: `No GraphiQL asset '${req.params.file}'`, extensions: { code: 'NOT_FOUND' } }] });
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(file);
  });
  router.get('/graphiql', (_req, res) => sendPage(res, endpoint));
  router.get(endpoint, (req, res, next) => {
    if (req.accepts(['application/json', 'html']) === 'html' && !req.query.query) {
      return void sendPage(res, endpoint);
    }
    next();
  });
  return router;
}

const EXAMPLE_QUERY = `# tiergraph: supplier matching for defence supply networks
# Where API keys are configured, put {"Authorization": "Bearer <your key>"} in the Headers tab below.
query FirstCompanies {
  companies(first: 5) {
    totalCount
    edges {
      node {
        name
        city
        capabilities { level capability { name domain { name } } }
        certifications { certification { name } validUntil isValid }
      }
    }
  }
}
`;

const PAGE_STYLE = 'body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }';

function startScript(endpoint: string): string {
  return `
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)}, defaultEditorToolsVisibility: true }),
    );
  `;
}

/** The page, with a Content-Security-Policy that allows its one inline script and style by their hashes. */
function sendPage(res: Response, endpoint: string): void {
  const script = startScript(endpoint);
  res.set('Content-Security-Policy', contentSecurityPolicy({ scripts: [script], styles: [PAGE_STYLE] }));
  res.type('html').send(graphiqlPage(script));
}

function graphiqlPage(script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>tiergraph GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>${PAGE_STYLE}</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL ...</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script>${script}</script>
</body>
</html>`;
}
