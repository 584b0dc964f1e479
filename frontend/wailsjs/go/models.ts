export namespace backend {
	
	export class Settings {
	    agencyName: string;
	    currency: string;
	    fiscalYearStartMonth: number;
	    qbrThresholdMinor: number;
	    theme: string;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.agencyName = source["agencyName"];
	        this.currency = source["currency"];
	        this.fiscalYearStartMonth = source["fiscalYearStartMonth"];
	        this.qbrThresholdMinor = source["qbrThresholdMinor"];
	        this.theme = source["theme"];
	    }
	}
	export class WorkspaceInfo {
	    path: string;
	    sizeBytes: number;
	    schemaVersion: number;
	    createdAt: string;
	    logPath: string;
	
	    static createFrom(source: any = {}) {
	        return new WorkspaceInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.sizeBytes = source["sizeBytes"];
	        this.schemaVersion = source["schemaVersion"];
	        this.createdAt = source["createdAt"];
	        this.logPath = source["logPath"];
	    }
	}

}

