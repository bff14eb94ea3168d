// `npm run build`: a production build, stamped so that `npm start` knows it is current.
import { ensureBuild } from "./start/build";

ensureBuild({ force: true });
